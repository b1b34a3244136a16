#pragma once

#include "commandline.h"

// Wires core and widgets for one run: picks GUI or headless, builds the feed, hands it over.
namespace Application {

int run(int argc, char **argv);

} // namespace Application
