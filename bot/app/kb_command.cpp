#include "bot/app/args.hpp"
#include "bot/app/commands.hpp"
#include "knowledge/loader.hpp"

#include <iostream>

namespace rolebot::app {

int kb_main(const std::vector<std::string>& argv)
{
    const args a(argv, {}, {});
    const auto& pos = a.positional();
    if (pos.size() != 2 || pos[0] != "check") {
        throw usage_error("kb wants: rolebot kb check DIR");
    }
    const auto result = knowledge::load_directory(pos[1]);
    for (const auto& e : result.errors) {
        std::cout << e.to_string() << "\n";
    }
    if (!result.ok()) {
        std::cerr << result.errors.size() << " error(s)\n";
        return 1;
    }
    std::cerr << pos[1] << ": ok, " << result.roles.size() << " roles\n";
    return 0;
}

} // namespace rolebot::app
