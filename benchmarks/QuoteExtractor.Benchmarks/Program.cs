using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using QuoteExtraction.Benchmarks;

// At least 25 warm-up iterations instead of BenchmarkDotNet's 6: for some seconds the runtime goes on
// optimizing the pipeline's code, and measuring sooner reads 7 to 10 % slower than the steady state of
// a run over an archive (see benchmarks/README.md). A job given on the command line (--job short) wins.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithMinWarmupCount(25).AsDefault())
    .AddColumn(StatisticColumn.Median, new ThroughputColumn(articles: false), new ThroughputColumn(articles: true));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
