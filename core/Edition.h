#pragma once

namespace csr {

// Which audience a rendering is for. The public edition masks every confidential figure as
// "**"; the internal one shows them and is marked as internal on every page.
enum class Edition { Public, Internal };

} // namespace csr
