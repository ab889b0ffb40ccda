// Every activation's Type named in activation_list.inc.
#pragma once

#include "functions/exponential.hpp"
#include "functions/gated.hpp"
#include "functions/bump.hpp"
#include "functions/periodic.hpp"
#include "functions/polynomial.hpp"
#include "functions/linear_pieces.hpp"
#include "functions/rectifiers.hpp"
#include "functions/clamps.hpp"
#include "functions/shrink.hpp"
#include "functions/sigmoids.hpp"
#include "functions/sigmoid_relatives.hpp"
#include "functions/smooth.hpp"
#include "functions/softplus.hpp"
#include "functions/xielu.hpp"
// Out-of-class f″ of the longer ones, after every Type they complete.
#include "functions/second_derivatives.hpp"
