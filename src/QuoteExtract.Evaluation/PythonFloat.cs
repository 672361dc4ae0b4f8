using System.Globalization;
using System.Numerics;

namespace QuoteExtract.Evaluation;

/// <summary>
/// Python's <c>round(x, 1)</c> and <c>repr(float)</c>, so that <c>quotex eval</c> prints the very numbers
/// <c>score.py</c> prints. Python rounds the exact binary value of the double, half to even; .NET's
/// <c>Math.Round(x, 1, MidpointRounding.ToEven)</c> first multiplies by 10 in floating point and so differs
/// whenever that product rounds onto a tie (for instance 1.05, stored as 1.0500000000000000444, is 1.1 in
/// Python and 1.0 in .NET). Here the rounding is done on the exact value with big integers.
/// </summary>
internal static class PythonFloat
{
    /// <summary>Python's <c>round(value, 1)</c> for a finite double.</summary>
    public static double Round1(double value)
    {
        if (!double.IsFinite(value))
        {
            return value;
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // value = mantissa * 2^exponent exactly
        BigInteger tenfold = new BigInteger(mantissa) * 10;
        BigInteger rounded;
        if (exponent >= 0)
        {
            rounded = tenfold << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            rounded = BigInteger.DivRem(tenfold, denominator, out var remainder);
            int half = (remainder * 2).CompareTo(denominator);
            if (half > 0 || (half == 0 && !rounded.IsEven))
            {
                rounded += 1;
            }
        }

        // q / 10 with q exact (below 2^53 for any value the scorer rounds) is the double nearest to the decimal
        // q/10, which is what Python returns.
        double result = (double)rounded / 10.0;
        return negative ? -result : result;
    }

    /// <summary>Python's <c>repr(float)</c> for the values the scorer prints: shortest round trip, ".0" when whole.</summary>
    public static string Format(double value)
    {
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) || !double.IsFinite(value) ? s : s + ".0";
    }

    /// <summary><c>round(100 * part / whole, 1)</c> with integers as Python evaluates it (one true division), 0.0 when whole is 0.</summary>
    public static double Percent(int part, int whole) => whole == 0 ? 0.0 : Round1((double)(100L * part) / whole);
}
