// Question answering: latency per question on the shipped knowledge base (the question
// set from tests/fixtures), and on a synthetic knowledge base 1000x larger, with the
// time to load (parse, validate, index) that large one and the memory it takes.
#include "knowledge/answerer.hpp"
#include "knowledge/embedded_data.hpp"
#include "knowledge/loader.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string_view>

#include <unistd.h>

namespace {

using namespace rolebot::knowledge;
using json = nlohmann::json;

std::vector<std::string> questions()
{
    // ROLEBOT_BENCH_QUESTION narrows the run to one question, for profiling it alone.
    if (const char* only = std::getenv("ROLEBOT_BENCH_QUESTION")) {
        return {only};
    }
    std::vector<std::string> out;
    for (const auto* file : {"questions.json", "questions_holdout.json"}) {
        std::ifstream in(std::string(ROLEBOT_SOURCE_DIR) + "/tests/fixtures/" + file);
        for (const auto& item : json::parse(in)) {
            out.push_back(item["q"].get<std::string>());
        }
    }
    return out;
}

/// The shipped files, every entry copied `factor` times under new ids, titles and aliases
/// (and a copy marker in its text, so the vocabulary grows too).
std::vector<source_file> synthetic_files(int factor)
{
    std::vector<source_file> out;
    for (const auto& f : embedded_files()) {
        auto doc = json::parse(f.content);
        json big = json::object();
        for (auto& [section, entries] : doc.items()) {
            json copies = json::array();
            for (int copy = 0; copy < factor; ++copy) {
                const auto tag = "c" + std::to_string(copy);
                for (auto entry : entries) {
                    entry["id"] = entry["id"].get<std::string>() + "-" + tag;
                    for (const auto* ref : {"from", "to"}) {
                        if (entry.contains(ref)) {
                            entry[ref] = entry[ref].get<std::string>() + "-" + tag;
                        }
                    }
                    for (const auto* refs : {"reports_to", "manages", "next_steps", "roles"}) {
                        if (entry.contains(refs)) {
                            for (auto& r : entry[refs]) {
                                r = r.get<std::string>() + "-" + tag;
                            }
                        }
                    }
                    if (section == "roles") {
                        entry["title"] = entry["title"].get<std::string>() + " " + tag;
                        if (entry.contains("aliases")) {
                            for (auto& alias : entry["aliases"]) {
                                alias = alias.get<std::string>() + " " + tag;
                            }
                        }
                    }
                    for (const auto* text : {"summary", "answer", "question"}) {
                        if (entry.contains(text)) {
                            entry[text] = entry[text].get<std::string>() + " (" + tag + ")";
                        }
                    }
                    copies.push_back(std::move(entry));
                }
            }
            big[section] = std::move(copies);
        }
        out.push_back(source_file::padded(std::string(f.name), big.dump()));
    }
    return out;
}

std::shared_ptr<const knowledge_base> build(const std::vector<source_file>& files)
{
    auto loaded = load_files(files);
    if (!loaded.ok()) {
        throw std::runtime_error(loaded.errors.front().to_string());
    }
    return std::make_shared<const knowledge_base>(std::move(loaded.data), 1);
}

/// 1 when malloc was asked for transparent huge pages, as deploy/ runs the bot
/// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1): loading the large base faults far less.
double huge_page_malloc()
{
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    return tunables != nullptr && std::string_view(tunables).find("glibc.malloc.hugetlb=1") !=
                                      std::string_view::npos
               ? 1
               : 0;
}

double resident_mib()
{
    std::ifstream in("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    in >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) /
           (1024.0 * 1024.0);
}

/// Answers every question once per iteration, timing each one; reports percentiles.
void answer_latency(benchmark::State& state, const knowledge_base& kb)
{
    const auto qs = questions();
    std::vector<double> micros;
    std::vector<double> per_question(qs.size(), 0);
    std::vector<std::vector<double>> samples(qs.size());
    for (auto _ : state) {
        for (std::size_t i = 0; i < qs.size(); ++i) {
            const auto start = std::chrono::steady_clock::now();
            auto a = answer_question(kb, qs[i]);
            benchmark::DoNotOptimize(a);
            micros.push_back(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                    .count());
            per_question[i] += micros.back();
            samples[i].push_back(micros.back());
        }
    }
    // Each question's median time, then the 99th percentile over questions: the cost of
    // the slowest questions without the machine's jitter (see timer_noise).
    std::vector<double> medians;
    for (auto& s : samples) {
        std::nth_element(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(s.size() / 2), s.end());
        medians.push_back(s[s.size() / 2]);
    }
    std::sort(medians.begin(), medians.end());
    state.counters["p99_median_us"] =
        medians[std::min(medians.size() - 1, static_cast<std::size_t>(0.99 * medians.size()))];
    if (std::getenv("ROLEBOT_BENCH_SLOWEST") != nullptr) {
        // Which questions make the tail: their mean time over all iterations.
        std::vector<std::size_t> order(qs.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::sort(order.begin(), order.end(),
                  [&](std::size_t x, std::size_t y) { return per_question[x] > per_question[y]; });
        for (std::size_t i = 0; i < 8 && i < order.size(); ++i) {
            std::fprintf(stderr, "%8.1f us  %s\n",
                         per_question[order[i]] / static_cast<double>(state.iterations()),
                         qs[order[i]].c_str());
        }
    }
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double p) {
        return micros[std::min(micros.size() - 1, static_cast<std::size_t>(p * micros.size()))];
    };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = micros.back();
    state.counters["questions"] = static_cast<double>(qs.size());
}

void shipped_kb(benchmark::State& state)
{
    std::vector<source_file> files;
    for (const auto& f : embedded_files()) {
        files.push_back(source_file::padded(std::string(f.name), f.content));
    }
    const auto kb = build(files);
    kb->prepare(); // as a source does before it serves
    answer_latency(state, *kb);
}
BENCHMARK(shipped_kb)->Unit(benchmark::kMillisecond);

/// The reference for the figures above: the same timing of a fixed amount of work (about
/// a shipped question's median), 40,000 times. On a quiet machine its p99 is close to its
/// p50; the gap is what the machine adds to every p99 measured in the same run.
void timer_noise(benchmark::State& state)
{
    std::vector<double> micros;
    for (auto _ : state) {
        micros.clear();
        for (int i = 0; i < 40000; ++i) {
            const auto start = std::chrono::steady_clock::now();
            double x = 0;
            for (int k = 0; k < 4000; ++k) {
                x += static_cast<double>(k) * 0.5;
                benchmark::DoNotOptimize(x);
            }
            micros.push_back(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
                    .count());
        }
    }
    std::sort(micros.begin(), micros.end());
    state.counters["p50_us"] = micros[micros.size() / 2];
    state.counters["p99_us"] = micros[micros.size() * 99 / 100];
}
BENCHMARK(timer_noise)->Unit(benchmark::kMillisecond)->Iterations(1);

void synthetic_1000x_kb(benchmark::State& state)
{
    static const auto files = synthetic_files(1000);
    static const auto before = resident_mib();
    static const auto kb = build(files);
    kb->prepare(); // as a source does before it serves
    state.counters["entries"] = static_cast<double>(kb->roles().size() + kb->faqs().size() +
                                                    kb->paths().size() + kb->topics().size());
    state.counters["index_mib"] = resident_mib() - before;
    state.counters["huge_page_malloc"] = huge_page_malloc();
    answer_latency(state, *kb);
}
BENCHMARK(synthetic_1000x_kb)->Unit(benchmark::kMillisecond)->Iterations(3);

void load_1000x_kb(benchmark::State& state)
{
    static const auto files = synthetic_files(1000);
    std::size_t bytes = 0;
    for (const auto& f : files) {
        bytes += f.content.size();
    }
    double parse_ms = 0;
    double index_ms = 0;
    double prepare_ms = 0;
    double free_ms = 0;
    const auto ms_since = [](std::chrono::steady_clock::time_point from) {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - from)
            .count();
    };
    for (auto _ : state) {
        // The two halves apart: parsing and validating the JSON, then building the indexes.
        const auto start = std::chrono::steady_clock::now();
        auto loaded = load_files(files);
        parse_ms += ms_since(start);
        const auto parsed = std::chrono::steady_clock::now();
        auto kb = std::make_shared<const knowledge_base>(std::move(loaded.data), 1);
        benchmark::DoNotOptimize(kb);
        index_ms += ms_since(parsed);
        // Preparing (prepare()) and freeing are not loading: a source prepares a new
        // snapshot before the swap and frees the old one after it, both while the other
        // serves. Timed apart, outside the benchmark's own time.
        state.PauseTiming();
        const auto preparing = std::chrono::steady_clock::now();
        kb->prepare();
        prepare_ms += ms_since(preparing);
        const auto freeing = std::chrono::steady_clock::now();
        kb.reset();
        loaded = {};
        free_ms += ms_since(freeing);
        state.ResumeTiming();
    }
    const auto runs = static_cast<double>(state.iterations());
    state.counters["parse_ms"] = parse_ms / runs;
    state.counters["index_ms"] = index_ms / runs;
    state.counters["prepare_ms"] = prepare_ms / runs;
    state.counters["free_ms"] = free_ms / runs;
    state.counters["json_mib"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
    state.counters["huge_page_malloc"] = huge_page_malloc();
}
BENCHMARK(load_1000x_kb)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace
