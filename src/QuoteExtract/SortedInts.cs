using System.Runtime.CompilerServices;

namespace QuoteExtract;

/// <summary>Counts in an ascending run of numbers by binary search: the look-up behind every index by position.</summary>
internal static class SortedInts
{
    /// <summary>How many of the ascending <paramref name="values"/> are less than <paramref name="limit"/> (also the first position holding it or more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CountBelow(ReadOnlySpan<int> values, int limit)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>How many of the ascending <paramref name="values"/> are at most <paramref name="limit"/> (also the first position holding more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CountAtMost(ReadOnlySpan<int> values, int limit)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
