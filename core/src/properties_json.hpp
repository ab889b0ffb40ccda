// An activation's properties as JSON, one field of its registry entry
// (registry_json.cpp; the shape is documented at registry_json()).
#pragma once

#include <string>

#include "activations/properties.hpp"

namespace activations {

void append_properties(std::string& out, const Properties& properties);

}  // namespace activations
