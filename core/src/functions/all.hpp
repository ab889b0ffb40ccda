// Every activation's Type named in activation_list.inc.
#pragma once

#include "functions/rectifiers.hpp"
