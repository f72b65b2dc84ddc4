// rolebot: a Slack bot that explains product-management roles. See README.md.
#include "bot/app/cli.hpp"

int main(int argc, char** argv)
{
    return rolebot::app::run_cli(argc, argv);
}
