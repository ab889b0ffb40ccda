// Every activation's Type named in activation_list.inc.
#pragma once

#include "functions/exponential.hpp"
#include "functions/gated.hpp"
#include "functions/periodic.hpp"
#include "functions/polynomial.hpp"
#include "functions/rectifiers.hpp"
#include "functions/shrink.hpp"
#include "functions/sigmoids.hpp"
#include "functions/smooth.hpp"
#include "functions/xielu.hpp"
