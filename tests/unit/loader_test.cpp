#include "knowledge/knowledge_source.hpp"
#include "knowledge/loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace rolebot::knowledge {
namespace {

std::string role_json(const std::string& id, const std::string& title,
                      const std::string& extra = "")
{
    return R"({"id":")" + id + R"(","title":")" + title +
           R"(","track":"management","rank":1,"summary":"s","sources":["001_39652e173a875e87.txt"])" +
           extra + "}";
}

std::vector<std::string> errors_of(const std::string& content)
{
    std::vector<std::string> out;
    for (const auto& e : load_files({{"roles.json", content}}).errors) {
        out.push_back(e.to_string());
    }
    return out;
}

bool has(const std::vector<std::string>& errors, const std::string& line)
{
    return std::find(errors.begin(), errors.end(), line) != errors.end();
}

TEST(loader, shipped_knowledge_base_is_valid)
{
    const auto result = load_embedded();
    for (const auto& e : result.errors) {
        ADD_FAILURE() << e.to_string();
    }
    EXPECT_GE(result.data.roles.size(), 11U);
}

TEST(loader, valid_minimal_file)
{
    const auto result =
        load_files({{"roles.json", R"({"roles":[)" + role_json("a", "Alpha") + "]}"}});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.data.roles.front().title, "Alpha");
}

TEST(loader, errors_name_file_and_json_pointer)
{
    const auto errors = errors_of(R"({"roles":[{"id":"Bad Id","title":"","track":"boss","rank":0,
        "summary":"s","sources":[]}]})");
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/id: must be kebab-case (a-z, 0-9, '-')"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/title: must not be empty"));
    EXPECT_TRUE(
        has(errors,
            "roles.json: /roles/0/track: must be \"individual_contributor\" or \"management\""));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/rank: must be a positive integer"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/sources: must not be empty"));
}

TEST(loader, missing_required_fields)
{
    const auto errors = errors_of(R"({"roles":[{"id":"a"}]})");
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/title: is required"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/summary: is required"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/sources: is required"));
}

TEST(loader, duplicate_ids_and_aliases)
{
    const auto errors =
        errors_of(R"({"roles":[)" + role_json("a", "Alpha", R"(,"aliases":["Sr PM"])") + "," +
                  role_json("b", "Beta", R"(,"aliases":["senior pm"])") + "," +
                  role_json("a", "Gamma") + "," + role_json("c", "alpha") + "]}");
    EXPECT_TRUE(has(errors, "roles.json: /roles/2/id: duplicate id \"a\""));
    EXPECT_TRUE(
        has(errors, "roles.json: /roles/1/aliases/0: \"senior pm\" already names role \"a\""));
    EXPECT_TRUE(has(errors, "roles.json: /roles/3/title: \"alpha\" already names role \"a\""));
}

TEST(loader, dangling_references)
{
    const auto errors =
        errors_of(R"({"roles":[)" + role_json("a", "Alpha", R"(,"next_steps":["nobody"])") + "]}");
    EXPECT_TRUE(
        has(errors, "roles.json: /roles/0/next_steps/0: refers to unknown role \"nobody\""));
}

TEST(loader, ids_must_be_kebab_case)
{
    const std::string message = "roles.json: /roles/0/id: must be kebab-case (a-z, 0-9, '-')";
    for (const char* id : {"a", "a-1", "product-lead", "vp2-x"}) {
        EXPECT_FALSE(has(errors_of(R"({"roles":[)" + role_json(id, "Alpha") + "]}"), message))
            << id;
    }
    for (const char* id : {"-a", "a-", "a--b", "A", "a_b", "a b", "é"}) {
        EXPECT_TRUE(has(errors_of(R"({"roles":[)" + role_json(id, "Alpha") + "]}"), message)) << id;
    }
}

TEST(loader, sources_must_name_an_article_file)
{
    const std::string message = "roles.json: /roles/0/sources/0: must name an article file such "
                                "as 000_df543b9185ed9e57.txt";
    const auto with_source = [&](const std::string& source) {
        return errors_of(R"({"roles":[{"id":"a","title":"Alpha","track":"management","rank":1,)"
                         R"("summary":"s","sources":[")" +
                         source + R"("]}]})");
    };
    EXPECT_FALSE(has(with_source("004_0123456789abcdef.txt"), message));
    for (const char* bad :
         {"004_0123456789ABCDEF.txt", "04_0123456789abcdef.txt", "004_0123456789abcdef.md",
          "004-0123456789abcdef.txt", "004_0123456789abcdeg.txt", "004_0123456789abcdef.txt.bak"}) {
        EXPECT_TRUE(has(with_source(bad), message)) << bad;
    }
}

TEST(loader, unknown_aspect_and_bad_source)
{
    const auto errors = errors_of(
        R"({"roles":[{"id":"a","title":"Alpha","track":"management","rank":1,"summary":"s",
            "sources":["wikipedia"],"aspects":{"vibes":"good"}}]})");
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/sources/0: must name an article file such as "
                            "000_df543b9185ed9e57.txt"));
    EXPECT_TRUE(
        has(errors, "roles.json: /roles/0/aspects/vibes: is not a known comparison aspect"));
}

TEST(loader, invalid_json_and_wrong_shapes)
{
    EXPECT_TRUE(has(errors_of("{not json"), "roles.json: /: is not valid JSON"));
    EXPECT_TRUE(has(errors_of("[]"), "roles.json: /: must be a JSON object"));
    EXPECT_TRUE(has(errors_of(R"({"roles":{}})"), "roles.json: /roles: must be an array"));
    EXPECT_TRUE(
        has(errors_of(R"({"rolez":[]})"),
            "roles.json: /rolez: is not a known section (expected roles, faqs, paths or topics)"));
}

TEST(loader, text_that_stops_being_json_is_rejected)
{
    const auto valid = R"({"roles":[)" + role_json("a", "Alpha") + "]}";
    for (const auto& broken :
         {valid + " {}", valid.substr(0, valid.size() - 1), valid.substr(0, valid.size() / 2),
          std::string("{\"roles\":[1,]}"), std::string(R"({"roles":[{"id":"a","title":"\q"}]})")}) {
        EXPECT_TRUE(has(errors_of(broken), "roles.json: /: is not valid JSON")) << broken;
    }
}

TEST(loader, escaped_strings_and_keys_are_read_unescaped)
{
    const auto result = load_files(
        {{"roles.json",
          R"({"roles":[{"id":"a","t\u0069tle":"Alpha \"A\"\u00e9","track":"management",)"
          R"("rank":1,"summary":"line\nbreak","sources":["001_39652e173a875e87.txt"]}]})"}});
    for (const auto& e : result.errors) {
        ADD_FAILURE() << e.to_string();
    }
    ASSERT_EQ(result.data.roles.size(), 1U);
    EXPECT_EQ(result.data.roles.front().title, "Alpha \"A\"\u00e9");
    EXPECT_EQ(result.data.roles.front().summary, "line\nbreak");
}

TEST(loader, wrong_types_are_reported_per_field)
{
    const auto errors = errors_of(R"({"roles":[{"id":7,"title":["Alpha"],"track":"management",
        "rank":"one","aliases":"PM","summary":"s","aspects":[],"sources":["001_39652e173a875e87.txt"]},
        "not an entry"]})");
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/id: must be a string"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/title: must be a string"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/rank: must be a positive integer"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/aliases: must be an array of strings"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/0/aspects: must be an object"));
    EXPECT_TRUE(has(errors, "roles.json: /roles/1: must be an object"));
    EXPECT_FALSE(has(errors, "roles.json: /: is not valid JSON"));
}

TEST(loader, faqs_paths_and_topics_are_checked)
{
    const std::string roles =
        R"("roles":[)" + role_json("a", "Alpha") + "," + role_json("b", "Beta") + "]";
    const auto errors = errors_of("{" + roles + R"(,
        "faqs":[{"id":"q","question":"Is alpha beta?","answer":"No.","roles":["zeta"],
                 "sources":["001_39652e173a875e87.txt"]},
                {"id":"q","question":"Again?","sources":["001_39652e173a875e87.txt"]}],
        "paths":[{"id":"p","from":"a","to":"a","summary":"s","steps":[],
                  "sources":["001_39652e173a875e87.txt"]},
                 {"id":"p2","from":"a","to":"nowhere","summary":"s",
                  "steps":[{"title":"t"}],"sources":["001_39652e173a875e87.txt"]}],
        "topics":[{"id":"t","title":"T","summary":"s","colour":"red","sources":[]}]})");
    EXPECT_TRUE(has(errors, "roles.json: /faqs/0/roles/0: refers to unknown role \"zeta\""));
    EXPECT_TRUE(has(errors, "roles.json: /faqs/1/id: duplicate id \"q\""));
    EXPECT_TRUE(has(errors, "roles.json: /faqs/1/answer: is required"));
    EXPECT_TRUE(has(errors, "roles.json: /paths/0/to: a path must lead to another role"));
    EXPECT_TRUE(
        has(errors, "roles.json: /paths/0/steps: must be a non-empty array of {title, detail}"));
    EXPECT_TRUE(has(errors, "roles.json: /paths/1/to: refers to unknown role \"nowhere\""));
    EXPECT_TRUE(has(errors, "roles.json: /paths/1/steps/0/detail: is required"));
    EXPECT_TRUE(has(errors, "roles.json: /topics/0/colour: is not a known field"));
    EXPECT_TRUE(has(errors, "roles.json: /topics/0/sources: must not be empty"));
}

TEST(loader, shipped_content_has_every_kind)
{
    const auto result = load_embedded();
    ASSERT_TRUE(result.ok());
    EXPECT_GE(result.data.faqs.size(), 30U);
    EXPECT_GE(result.data.paths.size(), 3U);
    EXPECT_GE(result.data.topics.size(), 5U);
}

TEST(loader, errors_mean_no_roles_at_all)
{
    const auto result = load_files({{"roles.json", R"({"roles":[)" + role_json("a", "Alpha") + "," +
                                                       role_json("a", "Beta") + "]}"}});
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.data.roles.empty());
}

TEST(loader, directory_loading)
{
    const auto dir =
        std::filesystem::temp_directory_path() /
        ("rolebot-loader-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    EXPECT_FALSE(load_directory(dir).ok()); // no files
    std::ofstream(dir / "roles.json") << R"({"roles":[)" + role_json("a", "Alpha") + "]}";
    std::ofstream(dir / "notes.txt") << "ignored";
    const auto result = load_directory(dir);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.data.roles.size(), 1U);
    EXPECT_FALSE(load_directory(dir / "missing").ok());
    std::filesystem::remove_all(dir);
}

TEST(loader, snapshots_are_prepared_before_they_serve)
{
    // A base built directly works out its themes on first use; one that a source serves
    // has them worked out before any request can see it, at start and on each reload.
    auto loaded = load_embedded();
    ASSERT_TRUE(loaded.ok());
    auto first = std::make_shared<const knowledge_base>(loaded.data, 1);
    EXPECT_FALSE(first->prepared());
    knowledge_source source(first);
    EXPECT_TRUE(source.current()->prepared());
    const auto generation = source.replace(std::move(loaded.data));
    EXPECT_EQ(source.current()->generation(), generation);
    EXPECT_TRUE(source.current()->prepared());
}

} // namespace
} // namespace rolebot::knowledge
