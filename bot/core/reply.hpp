#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace rolebot::core {

/// Marks that bracket a user id in reply text (Unicode private-use characters, which
/// nobody types): adapters turn them into a real mention, after escaping everything else.
inline constexpr std::string_view mention_open = "\xEE\x80\x80";  // U+E000
inline constexpr std::string_view mention_close = "\xEE\x80\x81"; // U+E001

/// Text that mentions a user (a platform user id such as "U0123ABC").
inline std::string mention(std::string_view user_id)
{
    return std::string(mention_open) + std::string(user_id) + std::string(mention_close);
}

/// Who sees a reply: only the person who asked, or the whole channel.
enum class visibility { ephemeral, in_channel };

/// A title line (plain text).
struct header_block {
    std::string text;
};
/// A paragraph and/or a grid of short fields; text uses *bold*, _italic_ and "• " bullets.
struct section_block {
    std::string text;
    std::vector<std::string> fields;
};
/// Small print under a message, such as its source.
struct context_block {
    std::vector<std::string> elements;
};
/// A horizontal rule.
struct divider_block {};

/// A button; a click comes back as an action with this id and value.
struct button {
    std::string text;      ///< plain label
    std::string action_id; ///< what the click means, e.g. "feedback_helpful"
    std::string value;     ///< what it is about, e.g. a role id
    bool primary = false;  ///< drawn as the main choice
};

/// A row of buttons.
struct actions_block {
    std::vector<button> buttons;
};

/// One part of a reply.
using block =
    std::variant<header_block, section_block, context_block, divider_block, actions_block>;

/// A platform-neutral answer. Handlers build it; a platform adapter renders it
/// (Block Kit for Slack). Text is plain apart from the light markup named above:
/// adapters escape everything else.
class reply {
public:
    /// Adds a header block.
    reply& header(std::string text);
    /// Adds a paragraph.
    reply& section(std::string text);
    /// Adds a grid of short "*Label*\nvalue" fields.
    reply& fields(std::vector<std::string> items);
    /// Adds a context line.
    reply& context(std::string text);
    /// Adds a divider.
    reply& divider();
    /// Adds a row of buttons.
    reply& buttons(std::vector<button> row);
    /// Replaces the message the clicked button was on, instead of adding one (replies
    /// to button clicks only).
    reply& replacing();
    /// Sets the plain-text version shown in notifications and by screen readers.
    reply& fallback(std::string text);
    /// Shows the reply to the whole channel instead of only to the asker.
    reply& in_channel();
    /// Marks the reply as depending only on this key (which must include the knowledge
    /// base generation), so its rendering may be cached and reused.
    reply& cache_as(std::string key);

    const std::vector<block>& blocks() const { return blocks_; }
    const std::string& fallback_text() const { return fallback_; }
    visibility audience() const { return visibility_; }
    const std::string& cache_key() const { return cache_key_; }
    bool replaces() const { return replaces_; }

private:
    std::vector<block> blocks_;
    std::string fallback_;
    visibility visibility_ = visibility::ephemeral;
    std::string cache_key_;
    bool replaces_ = false;
};

} // namespace rolebot::core
