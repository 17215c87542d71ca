using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using QuoteExtraction.Benchmarks;

var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, new ThroughputColumn(articles: false), new ThroughputColumn(articles: true));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
