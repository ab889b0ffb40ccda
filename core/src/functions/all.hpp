// Every activation's Type named in activation_list.inc.
#pragma once

#include "functions/exponential.hpp"
#include "functions/rectifiers.hpp"
#include "functions/shrink.hpp"
#include "functions/sigmoids.hpp"
#include "functions/smooth.hpp"
