#include "bot/core/reply.hpp"

namespace rolebot::core {

reply& reply::header(std::string text)
{
    blocks_.emplace_back(header_block{std::move(text)});
    return *this;
}

reply& reply::section(std::string text)
{
    blocks_.emplace_back(section_block{std::move(text), {}});
    return *this;
}

reply& reply::fields(std::vector<std::string> items)
{
    blocks_.emplace_back(section_block{{}, std::move(items)});
    return *this;
}

reply& reply::context(std::string text)
{
    blocks_.emplace_back(context_block{{std::move(text)}});
    return *this;
}

reply& reply::divider()
{
    blocks_.emplace_back(divider_block{});
    return *this;
}

reply& reply::fallback(std::string text)
{
    fallback_ = std::move(text);
    return *this;
}

reply& reply::in_channel()
{
    visibility_ = visibility::in_channel;
    return *this;
}

reply& reply::cache_as(std::string key)
{
    cache_key_ = std::move(key);
    return *this;
}

reply& reply::buttons(std::vector<button> row)
{
    blocks_.emplace_back(actions_block{std::move(row)});
    return *this;
}

reply& reply::replacing()
{
    replaces_ = true;
    return *this;
}

} // namespace rolebot::core
