using System.Text;
using System.Text.Unicode;

namespace QuoteExtract.Cli;

/// <summary>Decodes input bytes as UTF-8, reporting invalid bytes instead of replacing them silently.</summary>
internal static class Utf8Text
{
    public const string InvalidUtf8Warning = "invalid UTF-8 replaced by U+FFFD";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/> (a leading byte-order mark dropped); <paramref name="valid"/> is false when bytes were replaced.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out bool valid)
    {
        if (bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }

        valid = Utf8.IsValid(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    public static IReadOnlyList<string> Warnings(bool valid) => valid ? [] : [InvalidUtf8Warning];
}
