using System.Diagnostics;
using System.Globalization;
using System.Text;

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

    /// <summary>Counts one article read in <paramref name="elapsed"/>.</summary>
    public void Add(string text, TimeSpan elapsed)
    {
        _articles++;
        _bytes += Encoding.UTF8.GetByteCount(text);
        _working += elapsed;
        if (progress && _wall.Elapsed - _lastProgress >= s_progressInterval)
        {
            _lastProgress = _wall.Elapsed;
            errors.Write($"\r{_articles:N0} articles, {_bytes / 1e6:N1} MB, {Rate(_bytes, _working)} MB/s   ");
            _progressShown = true;
        }
    }

    /// <summary>Ends the progress line and writes the statistics when they were asked for.</summary>
    public void Finish()
    {
        if (_progressShown)
        {
            errors.WriteLine();
        }

        if (statistics)
        {
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{_articles:N0} articles, {_bytes / 1e6:N2} MB of UTF-8 text in {_working.TotalSeconds:N2} s of extraction ({_wall.Elapsed.TotalSeconds:N2} s in all): {Rate(_bytes, _working)} MB/s, {(_working.TotalSeconds > 0 ? _articles / _working.TotalSeconds : 0):N0} articles/s"));
        }
    }

    private static string Rate(long bytes, TimeSpan time) =>
        (time.TotalSeconds > 0 ? bytes / 1e6 / time.TotalSeconds : 0).ToString("N1", CultureInfo.InvariantCulture);
}
