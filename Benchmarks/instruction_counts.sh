#!/usr/bin/env bash
# Per-phase instruction counts of `targettrack bench` for two binaries (before / after), measured
# with valgrind's callgrind, which counts executed instructions (Ir) and so does not depend on
# machine load or on hardware counters (this VM has none, so `perf stat -e instructions` cannot).
#
# Usage:
#   Benchmarks/instruction_counts.sh BEFORE_BINARY AFTER_BINARY [OUT_DIR]
#     BEFORE_BINARY, AFTER_BINARY  release builds of `targettrack` (swift build -c release --product targettrack)
#     OUT_DIR                      results, callgrind dumps and scratch panels (default /tmp/icount-out)
#   Environment:
#     VG_PREFIX  where valgrind 3.24.0 is (or gets) installed (default /tmp/vg). If
#                $VG_PREFIX/bin/valgrind is absent it is built from the Debian orig tarball
#                (about 10 minutes on 2 cores) with the one-line patch below.
#     SERIES     panel size (default 20000 series; the national panel is 113840)
#     REPEAT     callgrind runs per binary (default 1; 2 checks that the counts are deterministic)
#
# Takes about 4 minutes per binary and run at 20,000 series on this VM (callgrind is ~50x slower
# than native; a third of that is the 2000 x 2000 dgemm reference the bench times between the
# kernel and the engine, which is not a phase). Not run by `make test`.
#
# How phases are cut: every phase body runs between two calls of DispatchTime.now() in
# BenchReport.time (the bench's only DispatchTime.now() calls, all on the main thread; with
# --runs 1 each phase body runs once, the kernel's untimed warm-up run comes before its first
# now()). callgrind --dump-after=DispatchTime.now() writes a profile after every call, so dump
# 2k holds exactly the k-th timed body, all threads included (worker threads of the import's
# read-ahead and of concurrentMap are summed in each dump). The dumps are:
#    2 import CSV -> workspace     4 load as of 2013-09      6 shared-design kernel (timed run)
#    8, 10, 12 dgemm 2000x2000 reference (not a phase)      14 projection engine
#   16 risk + department roll-up  18 risk list CSV export   20 risk workbook (xlsx) export
# The odd dumps are the code between phases (panel check, BenchKernel setup + warm-up, catalog,
# notes). The script checks that there are 20 dumps and that each phase's dump contains that
# phase's entry function. OPENBLAS_NUM_THREADS=1 so that OpenBLAS's spinning worker threads do not
# add timing-dependent instructions to later phases; the product's own threads (2 cores) remain.
# Limit: this cut holds for bench builds up to 1daa5b9. From bd05007 on, the engine and risk are
# timed per slice of 100,000 targets (BenchReport.elapsed around each), so there are more dumps
# and the check below fails rather than mislabel them.
# SWIFT_DETERMINISTIC_HASHING=1 fixes the Swift runtime's per-process random hash seed, so that
# Dictionary and Set probe sequences (and their instruction counts) are the same in every run.
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,35p' "$0"
    exit 2
fi
BEFORE=$(readlink -f "$1")
AFTER=$(readlink -f "$2")
OUT=${3:-/tmp/icount-out}
VG_PREFIX=${VG_PREFIX:-/tmp/vg}
SERIES=${SERIES:-20000}
REPEAT=${REPEAT:-1}
mkdir -p "$OUT"
OUT=$(readlink -f "$OUT")

# --- valgrind 3.24.0 (Debian bookworm's 3.19 cannot read Swift 6.3's DWARF 5 debug info) -------
build_valgrind() {
    local src="$VG_PREFIX-src"
    mkdir -p "$src"
    cd "$src"
    if [ ! -f valgrind_3.24.0.orig.tar.bz2 ]; then
        curl -sSf -O http://deb.debian.org/debian/pool/main/v/valgrind/valgrind_3.24.0.orig.tar.bz2
    fi
    rm -rf valgrind-3.24.0
    tar xjf valgrind_3.24.0.orig.tar.bz2
    cd valgrind-3.24.0
    # Swift's async main parks the main thread in libdispatch's _dispatch_sigsuspend, which passes
    # a static const (read-only) empty mask to sigsuspend; valgrind 3.24's rt_sigsuspend wrapper
    # clears its own signal bit in the client's mask in place and dies with SIGSEGV
    # ("VALGRIND INTERNAL ERROR ... vgPlain_sigdelset"). Write only when the bit is set.
    patch -p1 <<'PATCH'
--- a/coregrind/m_syswrap/syswrap-linux.c
+++ b/coregrind/m_syswrap/syswrap-linux.c
@@ -4678,7 +4678,11 @@
    if (ARG1 != (Addr)NULL) {
       PRE_MEM_READ( "rt_sigsuspend(mask)", ARG1, sizeof(vki_sigset_t) );
       if (ML_(safe_to_deref)((vki_sigset_t *) (Addr)ARG1, sizeof(vki_sigset_t))) {
-         VG_(sigdelset)((vki_sigset_t *) (Addr)ARG1, VG_SIGVGKILL);
+         /* Only write when the bit is set: the mask may be in read-only
+            memory (libdispatch's _dispatch_sigsuspend passes a static
+            const empty mask). */
+         if (VG_(sigismember)((vki_sigset_t *) (Addr)ARG1, VG_SIGVGKILL))
+            VG_(sigdelset)((vki_sigset_t *) (Addr)ARG1, VG_SIGVGKILL);
          /* We cannot mask VG_SIGVGKILL, as otherwise this thread would not
             be killable by VG_(nuke_all_threads_except).
             We thus silently ignore the user request to mask this signal.
PATCH
    ./configure --prefix="$VG_PREFIX" > configure.log 2>&1
    make -j"$(nproc)" > make.log 2>&1
    make install > install.log 2>&1
}
if [ ! -x "$VG_PREFIX/bin/valgrind" ]; then
    echo "building valgrind 3.24.0 into $VG_PREFIX" >&2
    (build_valgrind)
fi
VG="$VG_PREFIX/bin/valgrind"
"$VG" --version | grep -q '^valgrind-3\.24' || { echo "$VG is not valgrind 3.24" >&2; exit 1; }

NOW='$s8Dispatch0A4TimeV3nowACyFZ'          # Dispatch.DispatchTime.now() (libswiftDispatch.so)
PHASES=(2 4 6 14 16 18 20)
NAMES=("import CSV → workspace" "load as of 2013-09" "shared-design kernel (timed run)"
       "projection engine" "risk + department roll-up" "risk list CSV export" "risk workbook (xlsx) export")
# A function each phase's dump must contain (mangled; "" = only the dump count is checked).
SIGNS=(13importLongCSV seriesData10asOfPeriod dgemm 6EngineV7project7catalog 16DepartmentRollUpO9summarise
       11ReportTableV3csv13byteOrderMark 8WorkbookAAV5write2to)

demangle() { if command -v swift > /dev/null; then swift demangle --compact; else cat; fi; }
summary() { grep -m1 '^summary:' "$1" | awk '{print $2}'; }

measure() {   # label binary run
    local label=$1 bin=$2 run=$3
    local scratch="$OUT/scratch-$label" dir="$OUT/$label-run$run"
    local cmd="$bin bench --series $SERIES --runs 1 --scratch $scratch"
    mkdir -p "$scratch"
    # A finished run of the same command in $dir is reused (delete $dir to measure again).
    if [ -f "$dir/cg.out.20" ] && grep -q 'Collected' "$dir/valgrind.txt" 2> /dev/null &&
        [ "$(grep -m1 '^cmd:' "$dir/cg.out.1" | sed 's/^cmd: *//')" = "$cmd" ]; then
        echo "callgrind: $label run $run reused from $dir" >&2
    else
        rm -rf "$dir"
        mkdir -p "$dir"
        # Generates the seeded panel natively (outside callgrind) on first use, and a timing for reference.
        if [ "$run" = 1 ]; then "$bin" bench --series "$SERIES" --runs 1 --scratch "$scratch" > "$OUT/native-$label.txt" 2>&1; fi
        echo "callgrind: $label run $run ($(date -u +%H:%M:%S))" >&2
        OPENBLAS_NUM_THREADS=1 SWIFT_DETERMINISTIC_HASHING=1 "$VG" --tool=callgrind --dump-after="$NOW" --callgrind-out-file="$dir/cg.out" \
            $cmd > "$dir/stdout.txt" 2> "$dir/valgrind.txt"
    fi
    local n
    n=$(ls "$dir" | grep -c '^cg\.out\.[0-9]*$')
    [ "$n" = 20 ] || { echo "$label: expected 20 dumps, got $n (see $dir/valgrind.txt)" >&2; exit 1; }
    for k in "${!PHASES[@]}"; do
        grep -q -- "${SIGNS[$k]}" "$dir/cg.out.${PHASES[$k]}" ||
            { echo "$label: dump ${PHASES[$k]} lacks ${SIGNS[$k]}" >&2; exit 1; }
    done
    for k in "${!PHASES[@]}"; do echo "${PHASES[$k]} $(summary "$dir/cg.out.${PHASES[$k]}")"; done > "$dir/phases.txt"
    echo "dgemm $(summary "$dir/cg.out.8") $(summary "$dir/cg.out.10") $(summary "$dir/cg.out.12")" >> "$dir/phases.txt"
    # (annotate into files first: `| head` would end callgrind_annotate with SIGPIPE under pipefail)
    "$VG_PREFIX/bin/callgrind_annotate" --inclusive=yes --threshold=100 "$dir/cg.out.2" > "$dir/import-inclusive.txt" 2> /dev/null
    "$VG_PREFIX/bin/callgrind_annotate" --inclusive=no --threshold=100 "$dir/cg.out.2" > "$dir/import-self.txt" 2> /dev/null
    sed -n '/file:function/,$p' "$dir/import-inclusive.txt" | sed -n '1,42p' | demangle > "$dir/import-top-inclusive.txt"
    sed -n '/file:function/,$p' "$dir/import-self.txt" | sed -n '1,32p' | demangle > "$dir/import-top-self.txt"
}

for run in $(seq 1 "$REPEAT"); do
    measure before "$BEFORE" "$run"
    measure after "$AFTER" "$run"
done
if [ "$REPEAT" -gt 1 ]; then
    for label in before after; do
        for run in $(seq 2 "$REPEAT"); do
            if cmp -s "$OUT/$label-run1/phases.txt" "$OUT/$label-run$run/phases.txt"; then
                echo "$label: run $run counts identical to run 1"
            else
                echo "$label: run $run counts DIFFER from run 1:"; paste "$OUT/$label-run1/phases.txt" "$OUT/$label-run$run/phases.txt"
            fi
        done
    done | tee "$OUT/determinism.txt"
fi

cmp -s "$OUT"/scratch-before/synthetic-panel-*.csv "$OUT"/scratch-after/synthetic-panel-*.csv ||
    echo "warning: the two binaries generated different panels" >&2

{
    echo "valgrind: $("$VG" --version); series: $SERIES"
    echo "before: $BEFORE"
    echo "after:  $AFTER"
    echo
    echo "| phase | before (Ir) | after (Ir) | after / before | before per series | after per series |"
    echo "|---|---:|---:|---:|---:|---:|"
    for k in "${!PHASES[@]}"; do
        b=$(awk -v p="${PHASES[$k]}" '$1 == p {print $2}' "$OUT/before-run1/phases.txt")
        a=$(awk -v p="${PHASES[$k]}" '$1 == p {print $2}' "$OUT/after-run1/phases.txt")
        LC_ALL=C awk -v n="${NAMES[$k]}" -v b="$b" -v a="$a" -v s="$SERIES" \
            'BEGIN { printf "| %s | %.0f | %.0f | %.3f | %.0f | %.0f |\n", n, b, a, a / b, b / s, a / s }'
    done
    LC_ALL=C awk -v s="$SERIES" 'NR == FNR { if ($1 ~ /^[0-9]+$/) b += $2; next } $1 ~ /^[0-9]+$/ { a += $2 }
        END { printf "| all seven phases | %.0f | %.0f | %.3f | %.0f | %.0f |\n", b, a, a / b, b / s, a / s }' \
        "$OUT/before-run1/phases.txt" "$OUT/after-run1/phases.txt"
    echo
    echo "dgemm 2000x2000 reference (3 runs, not a phase): before $(grep '^dgemm' "$OUT/before-run1/phases.txt" | cut -d' ' -f2-), after $(grep '^dgemm' "$OUT/after-run1/phases.txt" | cut -d' ' -f2-)"
} | tee "$OUT/summary.md"
echo "import breakdowns: $OUT/{before,after}-run1/import-top-{inclusive,self}.txt" >&2
