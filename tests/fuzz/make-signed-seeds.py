#!/usr/bin/env python3
"""Writes the seeds of the verifier and PKCS#12 fuzz targets (tests/fuzz/corpus/{verifier,pkcs12}).

A throwaway CA and signer (EC P-256, small), PKCS#12 files with the password "fuzz", and a tiny
one-page PDF signed as the program signs (PAdES: ETSI.CAdES.detached, SHA-256, the
signing-certificate-v2 attribute, incremental update), but with a /Contents reservation just
large enough for the CMS: the program reserves 16 KiB, and every fuzzing execution would parse
and hash those zeros. Signed once, twice, signed then changed, and signed then given a document
time stamp (/DocTimeStamp, an RFC 3161 token from `openssl ts -reply` over a throwaway TSA
certificate, PAdES B-LTA); the CA goes to verifier-ca.pem, which the verifier target trusts. The seeds are committed; run this again only
to change them (openssl on the PATH). Usage: make-signed-seeds.py [CORPUS_DIR]
"""
import pathlib
import re
import subprocess
import sys
import tempfile
import time

here = pathlib.Path(__file__).resolve().parent
corpus = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here / "corpus"
work = pathlib.Path(tempfile.mkdtemp())


def openssl(*args):
    subprocess.run(["openssl", *args], cwd=work, check=True, capture_output=True)


openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ca.key")
openssl("req", "-x509", "-new", "-key", "ca.key", "-subj", "/CN=Fuzz CA", "-days", "36500",
        "-out", "ca.pem", "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign")
openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "signer.key")
openssl("req", "-new", "-key", "signer.key", "-subj", "/CN=Fuzz Signer", "-out", "signer.csr")
(work / "signer.ext").write_text("keyUsage=critical,digitalSignature,nonRepudiation\n")
openssl("x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "36500", "-extfile", "signer.ext", "-out", "signer.pem")

# A time-stamp authority: exactly one, critical, extended key usage timeStamping (RFC 3161).
openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "tsa.key")
openssl("req", "-new", "-key", "tsa.key", "-subj", "/CN=Fuzz TSA", "-out", "tsa.csr")
(work / "tsa.ext").write_text("keyUsage=critical,digitalSignature\n"
                              "extendedKeyUsage=critical,timeStamping\n")
openssl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "36500", "-extfile", "tsa.ext", "-out", "tsa.pem")
(work / "tsaserial").write_text("01\n")
(work / "tsa.cnf").write_text(f"""[ tsa ]
default_tsa = fuzz_tsa
[ fuzz_tsa ]
serial = {work}/tsaserial
crypto_device = builtin
signer_cert = {work}/tsa.pem
signer_key = {work}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
ess_cert_id_alg = sha256
""")

p12 = corpus / "pkcs12"
pdfs = corpus / "verifier"
p12.mkdir(parents=True, exist_ok=True)
pdfs.mkdir(parents=True, exist_ok=True)
# One key derivation and MAC iteration keeps each load cheap; the default count on one more.
openssl("pkcs12", "-export", "-inkey", "signer.key", "-in", "signer.pem", "-certfile", "ca.pem",
        "-passout", "pass:fuzz", "-iter", "1", "-nomaciter", "-out", str(p12 / "signer.p12"))
openssl("pkcs12", "-export", "-inkey", "signer.key", "-in", "signer.pem", "-passout", "pass:fuzz",
        "-out", str(p12 / "default-iterations.p12"))
openssl("pkcs12", "-export", "-nokeys", "-in", "signer.pem", "-passout", "pass:fuzz", "-iter", "1",
        "-nomaciter", "-out", str(p12 / "certificate-only.p12"))


def pdf(objects):
    """A PDF with an xref table; objects numbered from 1."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def update(data, objects):
    """An incremental update replacing or adding objects {number: body}."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = max(int(re.findall(rb"/Size (\d+)", data)[-1]), max(objects) + 1)
    out = bytearray(data)
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    out += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, prev, xref)
    return bytes(out)


# The claimed signing time: when the seeds are made, so that the signer's certificate (valid
# from then on) holds at it and the seeds verify through to the end.
SIGNED_AT = time.strftime("D:%Y%m%d%H%M%SZ", time.gmtime()).encode()
RESERVED = 1600  # bytes of CMS room; an EC signature with two certificates needs about 1,100


def cms_over(tbs):
    """A CAdES detached signature over the bytes, as the program makes it."""
    (work / "tbs").write_bytes(tbs)
    openssl("cms", "-sign", "-binary", "-cades", "-md", "sha256", "-nosmimecap", "-in", "tbs",
            "-signer", "signer.pem", "-inkey", "signer.key", "-certfile", "ca.pem",
            "-outform", "DER", "-out", "cms.der")
    return (work / "cms.der").read_bytes()


def token_over(tbs):
    """An RFC 3161 time-stamp token over the bytes, from the throwaway TSA."""
    (work / "tbs").write_bytes(tbs)
    openssl("ts", "-query", "-data", "tbs", "-sha256", "-cert", "-no_nonce", "-out", "q.tsq")
    openssl("ts", "-reply", "-config", "tsa.cnf", "-queryfile", "q.tsq", "-token_out",
            "-out", "token.der")
    return (work / "token.der").read_bytes()


def sign(data, field, rect=b"[0 0 0 0]", earlier=(), stamp=False):
    """Signs `data` as a further revision: a signature field on page 3 0 R, as the program does
    (with `stamp`: a document time stamp instead). `earlier`: the widgets of earlier signature
    fields. Returns the PDF and its widget."""
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    sig, widget = size, size + 1
    fields = [*earlier, widget]
    refs = b" ".join(b"%d 0 R" % n for n in fields)
    placeholder = b"[0 0000000000 0000000000 0000000000]"
    signed = update(data, {
        1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] /SigFlags 3 >> >>" % refs,
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots [%s] >>" % refs,
        sig: (b"<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 /ByteRange "
              if stamp else
              b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange ")
             + placeholder + b" /Contents <" + b"0" * (2 * RESERVED) + b">"
             + (b"" if stamp else b" /M (" + SIGNED_AT + b") /Reason (fuzz)") + b" >>",
        widget: b"<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /T (%s) /V %d 0 R /P 3 0 R /Rect %s >>"
                % (field, sig, rect),
    })
    start = signed.rindex(b"/Contents <") + len(b"/Contents ")
    end = start + 2 * RESERVED + 2
    ranges = b"[0 %010d %010d %010d]" % (start, end, len(signed) - end)
    signed = signed.replace(placeholder, ranges, 1)
    cms = (token_over if stamp else cms_over)(signed[:start] + signed[end:]).hex().encode()
    assert len(cms) <= 2 * RESERVED, len(cms)
    return signed[:start + 1] + cms + signed[start + 1 + len(cms):], widget


plain = pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
             b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
             b"<< /Length 18 >>\nstream\n0 0 m 100 100 l S\nendstream"])
once, first = sign(plain, b"Signature1")
twice, _ = sign(once, b"Signature2", b"[10 10 90 40]", [first])
changed = update(once, {4: b"<< /Length 18 >>\nstream\n0 0 m 200 200 l S\nendstream"})
stamped, _ = sign(once, b"DocTimeStamp2", earlier=[first], stamp=True)
for name, data in {"unsigned.pdf": plain, "signed.pdf": once, "signed-twice.pdf": twice,
                   "changed-after-signing.pdf": changed,
                   "signed-doc-timestamp.pdf": stamped}.items():
    (pdfs / name).write_bytes(data)
# The verifier target trusts this CA, so that the chain checks run too.
(here / "verifier-ca.pem").write_bytes((work / "ca.pem").read_bytes())
print("\n".join(f"{p.name}: {p.stat().st_size}" for p in sorted(pdfs.iterdir()) + sorted(p12.iterdir())))
