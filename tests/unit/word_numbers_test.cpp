#include "knowledge/word_numbers.hpp"

#include <gtest/gtest.h>

#include <string>

namespace rolebot::knowledge {
namespace {

TEST(word_numbers, finds_every_word_it_holds_and_no_other)
{
    word_numbers numbers;
    // Enough words to grow the table several times; long ones share their first eight
    // bytes and differ only in the rest.
    constexpr std::uint32_t count = 5000;
    for (std::uint32_t i = 0; i < count; ++i) {
        numbers.insert("responsibility" + std::to_string(i), i);
    }
    numbers.insert("", count);
    numbers.insert("pm", count + 1);
    for (std::uint32_t i = 0; i < count; ++i) {
        ASSERT_EQ(numbers.find("responsibility" + std::to_string(i)), i);
    }
    EXPECT_EQ(numbers.find(""), count);
    EXPECT_EQ(numbers.find("pm"), count + 1);
    EXPECT_EQ(numbers.find("responsibility"), word_numbers::absent);
    EXPECT_EQ(numbers.find("responsibility" + std::to_string(count)), word_numbers::absent);
    EXPECT_EQ(numbers.find("pmm"), word_numbers::absent);
    EXPECT_EQ(numbers.find("p"), word_numbers::absent);
}

} // namespace
} // namespace rolebot::knowledge
