#ifndef READOUT_CLIBCSV_SHIM_H
#define READOUT_CLIBCSV_SHIM_H
#include <stdio.h>
#include <csv.h>
#endif
