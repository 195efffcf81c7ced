"""Times posext.dask.positions over a corpus repeated N times on a running local cluster of one worker,
then of two, and prints both: the scale-out check of the Python module.

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_scaling.py CORPUS_DIR [REPEAT]
"""
import os
import sys
import time

import distributed

import posext
import posext.dask


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if len(sys.argv) > 1 else 2
    corpus, repeat = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
    files = list(posext._statements([corpus])) * repeat
    print(f"{len(files)} files ({len(files) // repeat} repeated {repeat} times)", file=sys.stderr)
    for workers in (1, 2):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            client.submit(lambda: posext.__version__).result()  # workers up and posext imported
            start = time.perf_counter()
            rows = len(posext.dask.positions(files, client=client).compute())
            print(f"{workers} worker(s): {time.perf_counter() - start:.1f} s, {rows} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
