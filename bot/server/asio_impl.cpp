// Compiles Asio (with its TLS part), Beast and Boost.URL's header-only parts once for the whole program
// (BOOST_*_SEPARATE_COMPILATION), instead of in every file that includes them.
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>
