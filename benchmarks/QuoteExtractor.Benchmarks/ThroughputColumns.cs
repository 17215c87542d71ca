using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteExtraction.Benchmarks;

/// <summary>MB/s (of UTF-8 text) and articles/s of a benchmark, from its median time and the work one call does.</summary>
public sealed class ThroughputColumn(bool articles) : IColumn
{
    /// <inheritdoc />
    public string Id => articles ? "ArticlesPerSecond" : "MegabytesPerSecond";

    /// <inheritdoc />
    public string ColumnName => articles ? "Articles/s" : "MB/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => articles ? 1 : 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => articles ? "Articles read per second" : "Megabytes of UTF-8 text read per second";

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || Workload.Of(benchmarkCase) is not var (bytes, count))
        {
            return "-";
        }

        // The median: on a shared machine a few slow iterations pull the mean, not the median.
        double seconds = statistics.Median / 1e9;
        return articles ? (count / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : (bytes / 1e6 / seconds).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The text one call of a benchmark reads, recomputed from its parameters.</summary>
public static class Workload
{
    /// <summary>UTF-8 bytes and articles of one call, or null when unknown.</summary>
    public static (long Bytes, int Articles)? Of(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        object? Parameter(string name) => benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value;
        if (type == typeof(PipelineBenchmarks) && Parameter(nameof(PipelineBenchmarks.Corpus)) is string corpus)
        {
            var texts = NewsCorpus.Get(corpus);
            return (NewsCorpus.Utf8Bytes(texts), texts.Count);
        }

        if (type == typeof(BatchBenchmarks))
        {
            var texts = NewsCorpus.Get("news");
            return (NewsCorpus.Utf8Bytes(texts), texts.Count);
        }

        if (type == typeof(ScalingBenchmarks) && Parameter(nameof(ScalingBenchmarks.Size)) is int size)
        {
            var articles = NewsCorpus.CutInto(ScalingBenchmarks.Total, size);
            return (NewsCorpus.Utf8Bytes(articles), articles.Length);
        }

        if (type == typeof(HtmlBenchmarks) && Parameter(nameof(HtmlBenchmarks.Size)) is int pageSize)
        {
            return (Encoding.UTF8.GetByteCount(HtmlBenchmarks.Page(pageSize)), 1);
        }

        if (type == typeof(AdversarialBenchmarks) && Parameter(nameof(AdversarialBenchmarks.Shape)) is string shape)
        {
            return (NewsCorpus.Utf8Bytes([AdversarialInputs.Make(shape, AdversarialBenchmarks.Size)]), 1);
        }

        return null;
    }
}
