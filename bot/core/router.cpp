#include "bot/core/router.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <chrono>
#include <exception>

namespace rolebot::core {
namespace {

bool same_name(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

/// A short id that ties what the user sees to the log line with the details.
std::string error_ref()
{
    static std::atomic<std::uint32_t> counter{
        static_cast<std::uint32_t>(std::chrono::steady_clock::now().time_since_epoch().count())};
    std::uint32_t x = counter.fetch_add(0x9E3779B9U);
    x ^= x >> 16U;
    x *= 0x45d9f3bU;
    x ^= x >> 16U;
    constexpr std::string_view digits = "0123456789abcdef";
    std::string ref(6, '0');
    for (auto& c : ref) {
        c = digits[x & 0xFU];
        x >>= 4U;
    }
    return ref;
}

} // namespace

router& router::add(std::string name, std::string summary, handler run)
{
    routes_.push_back({std::move(name), std::move(summary), std::move(run)});
    return *this;
}

reply router::dispatch(const context& ctx) const
{
    auto it = std::find_if(routes_.begin(), routes_.end(),
                           [&](const route& r) { return same_name(r.name, ctx.cmd.name); });
    if (it == routes_.end()) {
        return unknown_command(ctx);
    }
    try {
        return it->run(ctx);
    } catch (const std::exception& e) {
        const auto ref = error_ref();
        log_.log(log_level::error, "handler failed", ctx.request_id,
                 {{"ref", ref}, {"command", it->name}, {"error", e.what()}});
        reply r;
        r.section("Sorry, something went wrong on my side (ref " + ref +
                  "). Please try again; if it keeps happening, tell your rolebot admin the ref.")
            .fallback("Something went wrong (ref " + ref + ")");
        return r;
    }
}

reply router::unknown_command(const context& ctx) const
{
    std::string text = "I don't know the command `" + ctx.cmd.name + "`. Here is what I can do:";
    for (const auto& r : routes_) {
        text += "\n• `" + r.name + "` " + r.summary;
    }
    reply out;
    out.section(std::move(text)).fallback("Unknown command " + ctx.cmd.name);
    return out;
}

} // namespace rolebot::core
