using System.Text.Json;

namespace ReportBot.Core.IO;

/// <summary>
/// Reads parts of JSON a client sent, where a well-formed document can still hold what .NET cannot represent or the
/// code does not expect: the adapters use it on <see cref="JsonElement"/> values and lists from the wire.
/// </summary>
public static class UntrustedJson
{
    /// <summary>
    /// The element's string, or null when it is not a string or not valid UTF-16: JSON may escape half a surrogate
    /// pair (<c>"\ud800"</c>), which <see cref="JsonElement.GetString"/> refuses with an exception.
    /// </summary>
    public static string? String(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String) return null;
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The list without its null entries (<c>[null]</c> is valid JSON for a list of objects, and code reading a
    /// list of objects does not expect it); the same list when it has none.
    /// </summary>
    public static IReadOnlyList<T>? WithoutNulls<T>(IReadOnlyList<T>? list) where T : class =>
        list is null || list.All(item => item is not null) ? list : [.. list.Where(item => item is not null)];
}
