using System.Text;

namespace QuoteExtraction.Languages;

/// <summary>
/// Tells the language of a text by counting each candidate language's function words, and the words and
/// marks that hold its own characters, in the first part of the text, until one language leads clearly.
/// Cheap and allocation-free for up to <see cref="MaxCandidates"/> languages; a tie goes to the candidate
/// listed first.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>How much of the text is read: enough words for a clear vote, bounded for long inputs.</summary>
    private const int SampleLength = 4000;

    /// <summary>A lead of this many function words decides at once: most articles are clear within their first lines.</summary>
    private const int DecisiveLead = 12;

    /// <summary>The most languages one call compares, so that their votes fit on the stack.</summary>
    public const int MaxCandidates = 32;

    /// <summary>The language among <paramref name="candidates"/> (at least one) whose function words <paramref name="text"/> uses most.</summary>
    public static LanguageProfile Detect(ReadOnlySpan<char> text, IReadOnlyList<LanguageProfile> candidates)
    {
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidates.Count, MaxCandidates);
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        Span<int> votes = stackalloc int[candidates.Count];
        int i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i]))
            {
                if (sample[i] >= 0x80)
                {
                    VoteForMarks(sample.Slice(i, 1), candidates, votes);
                }

                i++;
                continue;
            }

            int start = i;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                i++;
            }

            var word = sample[start..i];
            for (int c = 0; c < candidates.Count; c++)
            {
                if (candidates[c].FunctionWords.Contains(word))
                {
                    votes[c]++;
                }
            }

            if (!Ascii.IsValid(word))
            {
                VoteForMarks(word, candidates, votes);
            }

            if (Lead(votes) >= DecisiveLead)
            {
                break;
            }
        }

        return candidates[Leader(votes)];
    }

    /// <summary>One vote for each candidate that writes one of its marks in <paramref name="word"/> (a word or a lone mark).</summary>
    private static void VoteForMarks(ReadOnlySpan<char> word, IReadOnlyList<LanguageProfile> candidates, Span<int> votes)
    {
        for (int c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].DetectionMarks.Length > 0 && word.ContainsAny(candidates[c].DetectionMarks))
            {
                votes[c]++;
            }
        }
    }

    /// <summary>The candidate with the most votes, the first listed among equals.</summary>
    private static int Leader(ReadOnlySpan<int> votes)
    {
        int leader = 0;
        for (int c = 1; c < votes.Length; c++)
        {
            if (votes[c] > votes[leader])
            {
                leader = c;
            }
        }

        return leader;
    }

    /// <summary>By how many votes the leader leads the runner-up; the count itself when there is one candidate.</summary>
    private static int Lead(ReadOnlySpan<int> votes)
    {
        int first = 0, second = 0;
        foreach (int count in votes)
        {
            if (count > first)
            {
                (first, second) = (count, first);
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return first - second;
    }
}
