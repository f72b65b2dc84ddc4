#include "bot/slack/block_kit.hpp"
#include "bot/slack/render_cache.hpp"

#include <gtest/gtest.h>

namespace rolebot::slack {
namespace {

core::reply keyed(const std::string& text, const std::string& key)
{
    core::reply r;
    r.section(text).fallback(text).cache_as(key);
    return r;
}

TEST(render_cache, keyed_replies_are_rendered_once)
{
    render_cache cache;
    const auto first = cache.render(keyed("one", "g1:a"));
    const auto second = cache.render(keyed("one", "g1:a"));
    EXPECT_EQ(first.get(), second.get()); // the same bytes, not a second rendering
    EXPECT_EQ(*first, render_message(keyed("one", "g1:a")));
    EXPECT_EQ(cache.size(), 1U);
}

TEST(render_cache, unkeyed_replies_are_not_kept)
{
    render_cache cache;
    core::reply r;
    r.section("typed by a user").fallback("x");
    EXPECT_EQ(*cache.render(r), render_message(r));
    EXPECT_EQ(cache.size(), 0U);
}

TEST(render_cache, stays_within_its_bound)
{
    render_cache cache(3);
    for (int i = 0; i < 10; ++i) {
        cache.render(keyed("v", "g1:" + std::to_string(i)));
        EXPECT_LE(cache.size(), 3U);
    }
}

} // namespace
} // namespace rolebot::slack
