// The only C surface of TargetTrack: OpenBLAS's CBLAS and the LAPACKE C interface.
// Imported by the LinearAlgebra module alone.
#include <cblas.h>
#include <lapacke.h>
