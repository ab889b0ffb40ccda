// Catch2's main, in its own translation unit so the tests rebuild quickly.
#define CATCH_CONFIG_MAIN
#include <catch.hpp>
