using System.Diagnostics;
using System.Globalization;

namespace QuoteExtraction.Sample;

/// <summary>
/// Counts the articles a run reads and the time spent reading them: progress on a terminal while a
/// long run goes on, and the throughput at the end with <c>--stats</c>.
/// </summary>
internal sealed class RunReport(TextWriter errors, bool statistics, bool progress)
{
    private static readonly TimeSpan s_progressInterval = TimeSpan.FromMilliseconds(500);

    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _working;
    private TimeSpan _lastProgress;
    private long _articles;
    private long _bytes;
    private bool _progressShown;

    /// <summary>Counts one article of <paramref name="bytes"/> bytes of UTF-8, read in <paramref name="elapsed"/> on one thread.</summary>
    public void Add(long bytes, TimeSpan elapsed)
    {
        _articles++;
        _bytes += bytes;
        _working += elapsed;
        if (progress && _wall.Elapsed - _lastProgress >= s_progressInterval)
        {
            _lastProgress = _wall.Elapsed;
            errors.Write($"\r{_articles:N0} articles, {_bytes / 1e6:N1} MB, {Rate(_bytes, _wall.Elapsed)} MB/s   ");
            _progressShown = true;
        }
    }

    /// <summary>
    /// Ends the progress line and writes the statistics when they were asked for: the throughput over the
    /// run's wall-clock time on <paramref name="threads"/> threads (reading and writing included), and the
    /// time spent in extraction summed over the threads.
    /// </summary>
    public void Finish(int threads)
    {
        if (_progressShown)
        {
            errors.WriteLine();
        }

        if (statistics)
        {
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{_articles:N0} articles, {_bytes / 1e6:N2} MB of UTF-8 text in {_wall.Elapsed.TotalSeconds:N2} s on {threads} thread(s) ({_working.TotalSeconds:N2} s of extraction in all): {Rate(_bytes, _wall.Elapsed)} MB/s, {(_wall.Elapsed.TotalSeconds > 0 ? _articles / _wall.Elapsed.TotalSeconds : 0):N0} articles/s"));
        }
    }

    private static string Rate(long bytes, TimeSpan time) =>
        (time.TotalSeconds > 0 ? bytes / 1e6 / time.TotalSeconds : 0).ToString("N1", CultureInfo.InvariantCulture);
}
