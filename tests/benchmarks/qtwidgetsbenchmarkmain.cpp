#include <QApplication>

#include <benchmark/benchmark.h>

// The main() of the benchmarks that build widgets: a QApplication on the offscreen platform (no
// display needed, the same pixels every run) around Google Benchmark's usual steps.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
