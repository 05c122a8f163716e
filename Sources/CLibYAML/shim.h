#ifndef READOUT_CLIBYAML_SHIM_H
#define READOUT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
