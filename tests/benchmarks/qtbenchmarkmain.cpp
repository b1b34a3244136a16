#include <QCoreApplication>

#include <benchmark/benchmark.h>

// The main() of the benchmarks that need an event loop (timers, sockets, queued signals) but no
// widgets: a QCoreApplication around Google Benchmark's usual steps.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
