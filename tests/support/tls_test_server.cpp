#include "tests/support/tls_test_server.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace rolebot::testing {
namespace {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace http = boost::beast::http;

template <class T, void (*Free)(T*)> struct deleter {
    void operator()(T* p) const { Free(p); }
};
using key_ptr = std::unique_ptr<EVP_PKEY, deleter<EVP_PKEY, EVP_PKEY_free>>;
using x509_ptr = std::unique_ptr<X509, deleter<X509, X509_free>>;
using bio_ptr = std::unique_ptr<BIO, deleter<BIO, BIO_free_all>>;

std::string bio_text(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(size));
}

void check(bool ok, const char* what)
{
    if (!ok) {
        throw std::runtime_error(std::string("making a test certificate: ") + what);
    }
}

} // namespace

test_certificate make_certificate(const std::string& host)
{
    key_ptr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    check(key != nullptr, "key");
    x509_ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(host.c_str()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : {std::pair{NID_subject_alt_name, "DNS:" + host},
                                     std::pair{NID_basic_constraints, std::string("CA:TRUE")}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
        check(ext != nullptr, "extension");
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    check(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "sign");
    bio_ptr cert_bio(BIO_new(BIO_s_mem()));
    bio_ptr key_bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509(cert_bio.get(), cert.get()) == 1, "certificate PEM");
    check(PEM_write_bio_PrivateKey(key_bio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                   nullptr) == 1,
          "key PEM");
    return {bio_text(cert_bio.get()), bio_text(key_bio.get())};
}

struct tls_test_server::impl {
    net::io_context io;
    ssl::context context{ssl::context::tls_server};
    net::ip::tcp::acceptor acceptor{io};
};

tls_test_server::tls_test_server(const test_certificate& certificate)
    : impl_(std::make_unique<impl>())
{
    auto& d = *impl_;
    d.context.use_certificate_chain(net::buffer(certificate.certificate_pem));
    d.context.use_private_key(net::buffer(certificate.key_pem), ssl::context::pem);
    const net::ip::tcp::endpoint where(net::ip::make_address("127.0.0.1"), 0);
    d.acceptor.open(where.protocol());
    d.acceptor.bind(where);
    d.acceptor.listen();
    port_ = d.acceptor.local_endpoint().port();
    thread_ = std::thread([this] {
        auto& s = *impl_;
        while (!stopping_) {
            net::ip::tcp::socket socket(s.io);
            boost::system::error_code ec;
            s.acceptor.accept(socket, ec);
            if (ec || stopping_) {
                continue;
            }
            ssl::stream<net::ip::tcp::socket> stream(std::move(socket), s.context);
            stream.handshake(ssl::stream_base::server, ec);
            if (ec) {
                continue; // the client refused our certificate
            }
            if (const char* sni = SSL_get_servername(stream.native_handle(),
                                                     TLSEXT_NAMETYPE_host_name)) {
                const std::lock_guard lock(mutex_);
                names_.emplace_back(sni);
            }
            boost::beast::flat_buffer buffer;
            http::request<http::string_body> req;
            http::read(stream, buffer, req, ec);
            if (ec) {
                continue;
            }
            http::response<http::string_body> res{http::status::ok, 11};
            res.set(http::field::content_type, "application/json; charset=utf-8");
            res.body() = R"({"ok":true,"ts":"1.2"})";
            res.keep_alive(false);
            res.prepare_payload();
            http::write(stream, res, ec);
            ++answered_;
            stream.shutdown(ec);
        }
    });
}

tls_test_server::~tls_test_server()
{
    stopping_ = true;
    boost::system::error_code ec;
    net::io_context io;
    net::ip::tcp::socket wake(io);
    wake.connect({net::ip::make_address("127.0.0.1"), port_}, ec); // unblocks accept()
    thread_.join();
}

std::vector<std::string> tls_test_server::server_names() const
{
    const std::lock_guard lock(mutex_);
    return names_;
}

} // namespace rolebot::testing
