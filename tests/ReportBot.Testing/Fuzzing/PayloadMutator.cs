using System.Text;
using System.Text.Json.Nodes;

namespace ReportBot.Testing.Fuzzing;

/// <summary>
/// Makes hostile variants of a valid JSON payload, deterministically: case <c>i</c> of seed <c>s</c> is always the
/// same bytes, whatever order or thread the cases are made in, so a failing case can be replayed alone.
/// Each case applies one to three changes to the tree (a field removed, a value of the wrong type, nulls, a huge
/// array, deep nesting, an enormous string, a unicode edge case, an overflowing id, a duplicate key) and sometimes
/// one to the bytes afterwards (truncated, invalid UTF-8, a byte-order mark, a flipped byte, trailing garbage), or
/// replaces the body by something that is not an object at all.
/// </summary>
/// <param name="sizeLimit">
/// The receiver's body limit: "within the limit" sizes stay under it and "over the limit" sizes exceed it.
/// </param>
public sealed class PayloadMutator(int seed, int sizeLimit)
{
    /// <summary>Nesting depth of the deep-nesting mutation.</summary>
    public const int DeepNesting = 10_000;

    /// <summary>Entries of a huge array, unless the size limit asks for fewer.</summary>
    public const int HugeArray = 100_000;

    private const string Placeholder = "@@raw";
    private const string KeyPlaceholder = "@@key";

    public int Seed { get; } = seed;

    /// <summary>Case <paramref name="index"/>: a variant of <paramref name="template"/> (left unchanged).</summary>
    public FuzzPayload Create(int index, JsonNode template)
    {
        var random = new Random(unchecked(Seed * 1_000_003 + index));
        var recipe = new List<string>();
        if (random.Next(20) == 0)
        {
            string body = Pick(random, HostileValues.Bodies);
            return new FuzzPayload(index, Encoding.UTF8.GetBytes(body), $"whole body `{body}`");
        }

        var root = template.DeepClone();
        var raw = new List<string>();
        var keys = new List<string>();
        int changes = random.Next(1, 4);
        for (int i = 0; i < changes; i++) MutateTree(root, random, raw, keys, recipe);

        var text = new StringBuilder(root.ToJsonString());
        for (int i = 0; i < keys.Count; i++) text.Replace($"\"{KeyPlaceholder}{i}@@\":\"dup\"", keys[i]);
        for (int i = 0; i < raw.Count; i++) text.Replace($"\"{Placeholder}{i}@@\"", raw[i]);
        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        if (random.Next(4) == 0) bytes = MutateBytes(bytes, random, recipe);
        return new FuzzPayload(index, bytes, string.Join("; ", recipe));
    }

    private void MutateTree(JsonNode root, Random random, List<string> raw, List<string> keys, List<string> recipe)
    {
        var slots = Slots(root);
        if (slots.Count == 0) return;
        var slot = slots[random.Next(slots.Count)];
        switch (random.Next(12))
        {
            case 0 or 1:
                if (slot.Parent is JsonObject obj)
                {
                    obj.Remove(slot.Name!);
                    recipe.Add($"removed {slot.Path}");
                }
                else
                {
                    ((JsonArray)slot.Parent).RemoveAt(slot.Index);
                    recipe.Add($"removed {slot.Path}");
                }
                break;
            case 2 or 3:
                Set(slot, Raw(raw, Pick(random, HostileValues.Literals)), recipe, "wrong type", raw);
                break;
            case 4:
                slot.Replace(null);
                recipe.Add($"{slot.Path} = null");
                break;
            case 5:
                NullEverywhere(random.Next(2) == 0 ? root : slot.Value);
                recipe.Add("null everywhere" + (slot.Value is null ? "" : $" under {slot.Path}"));
                break;
            case 6:
                Set(slot, Raw(raw, HugeArrayText(random, out string what)), recipe, what, raw);
                break;
            case 7:
                Set(slot, Raw(raw, DeepText(random)), recipe, $"nested {DeepNesting} deep", raw);
                break;
            case 8:
                Set(slot, Raw(raw, EnormousString(random, out string size)), recipe, size, raw);
                break;
            case 9:
                Set(slot, Raw(raw, Pick(random, HostileValues.Strings)), recipe, "unicode edge", raw);
                break;
            case 10:
                var ids = slots.Where(s => s.Name is { } n && (n == "id" || n.EndsWith("id", StringComparison.OrdinalIgnoreCase)
                    || n.EndsWith("Id", StringComparison.Ordinal) || n is "s" or "op" or "type" or "version" or "permissions")).ToList();
                Set(ids.Count > 0 ? ids[random.Next(ids.Count)] : slot, Raw(raw, Pick(random, HostileValues.Numbers)), recipe, "number edge", raw);
                break;
            default:
                DuplicateKey(root, random, keys, recipe);
                break;
        }
    }

    private static void Set(Slot slot, JsonNode value, List<string> recipe, string what, List<string> raw)
    {
        slot.Replace(value);
        string shown = raw[^1].Length > 40 ? raw[^1][..40] + "…" : raw[^1];
        recipe.Add($"{slot.Path} = {what} `{shown}`");
    }

    /// <summary>A placeholder string that becomes <paramref name="text"/>, verbatim, after serialisation.</summary>
    private static JsonNode Raw(List<string> raw, string text)
    {
        raw.Add(text);
        return JsonValue.Create($"{Placeholder}{raw.Count - 1}@@");
    }

    private string HugeArrayText(Random random, out string what)
    {
        bool over = random.Next(2) == 0;
        string item = Pick(random, ["0", "null", "{}", "\"a\"", "[]"]);
        int count = over
            ? Math.Max(HugeArray, sizeLimit / (item.Length + 1) + 1)
            : Math.Clamp((sizeLimit / 2 - 256) / (item.Length + 1), 1, HugeArray);
        what = $"array of {count} × {item} ({(over ? "over" : "within")} the limit)";
        var text = new StringBuilder(count * (item.Length + 1) + 2).Append('[');
        for (int i = 0; i < count; i++) text.Append(i == 0 ? "" : ",").Append(item);
        return text.Append(']').ToString();
    }

    private static string DeepText(Random random)
    {
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        var text = new StringBuilder(DeepNesting * (open.Length + 1) + 8);
        for (int i = 0; i < DeepNesting; i++) text.Append(open);
        text.Append("1");
        for (int i = 0; i < DeepNesting; i++) text.Append(close);
        return text.ToString();
    }

    private string EnormousString(Random random, out string what)
    {
        bool over = random.Next(2) == 0;
        int length = over ? sizeLimit + 1 : Math.Max(1, sizeLimit / 2 - 256);
        string unit = Pick(random, ["a", "5G ", "\\u00e9", "\\ud83d\\ude00", " ", "\\u200b", "<@1> "]);
        var text = new StringBuilder(length + 2).Append('"');
        while (text.Length < length) text.Append(unit);
        what = $"string of {text.Length} chars ({(over ? "over" : "within")} the limit)";
        return text.Append('"').ToString();
    }

    private static void NullEverywhere(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string name in obj.Select(p => p.Key).ToList())
                {
                    if (obj[name] is JsonObject or JsonArray) NullEverywhere(obj[name]);
                    else obj[name] = null;
                }
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject or JsonArray) NullEverywhere(array[i]);
                    else array[i] = null;
                }
                break;
        }
    }

    /// <summary>Repeats a key of some object with another value (JSON allows it; parsers differ on which one wins).</summary>
    private static void DuplicateKey(JsonNode root, Random random, List<string> keys, List<string> recipe)
    {
        var objects = Slots(root).Select(s => s.Value).Prepend(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0) return;
        var target = objects[random.Next(objects.Count)];
        string name = target.ElementAt(random.Next(target.Count)).Key;
        string value = Pick(random, HostileValues.Literals);
        // An object cannot hold one key twice: a placeholder property is renamed in the text afterwards.
        keys.Add($"\"{name}\":{value}");
        target[$"{KeyPlaceholder}{keys.Count - 1}@@"] = "dup";
        recipe.Add($"duplicate key \"{name}\" = {value}");
    }

    private static byte[] MutateBytes(byte[] bytes, Random random, List<string> recipe)
    {
        switch (random.Next(6))
        {
            case 0:
                int cut = bytes.Length == 0 ? 0 : random.Next(bytes.Length);
                recipe.Add($"truncated to {cut} bytes");
                return bytes[..cut];
            case 1:
                var bad = Pick(random, HostileValues.InvalidUtf8);
                int at = InsideAString(bytes, random);
                recipe.Add($"invalid UTF-8 {Convert.ToHexString(bad)} at byte {at}");
                return [.. bytes[..at], .. bad, .. bytes[at..]];
            case 2:
                byte[] bom = Pick<byte[]>(random, [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]);
                recipe.Add($"byte-order mark {Convert.ToHexString(bom)}");
                return [.. bom, .. bytes];
            case 3:
                if (bytes.Length == 0) return bytes;
                int flip = random.Next(bytes.Length);
                byte mask = (byte)(1 << random.Next(8));
                recipe.Add($"bit {mask:X2} flipped at byte {flip}");
                var flipped = (byte[])bytes.Clone();
                flipped[flip] ^= mask;
                return flipped;
            case 4:
                string tail = Pick(random, ["}", "]", ",", "{}", "\u0000", " garbage", "\n{\"type\":\"message\"}"]);
                recipe.Add($"trailing `{tail}`");
                return [.. bytes, .. Encoding.UTF8.GetBytes(tail)];
            default:
                int nul = random.Next(bytes.Length + 1);
                recipe.Add($"NUL byte at {nul}");
                return [.. bytes[..nul], 0, .. bytes[nul..]];
        }
    }

    /// <summary>A position just after some opening quote (so the bad bytes land inside a string), else anywhere.</summary>
    private static int InsideAString(byte[] bytes, Random random)
    {
        var quotes = new List<int>();
        for (int i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'"') quotes.Add(i + 1);
        return quotes.Count > 0 ? quotes[random.Next(quotes.Count)] : random.Next(bytes.Length + 1);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static List<Slot> Slots(JsonNode root)
    {
        var slots = new List<Slot>();
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj.ToList())
                    {
                        if (name.StartsWith(KeyPlaceholder, StringComparison.Ordinal)) continue;
                        slots.Add(new Slot(obj, name, -1, $"{path}.{name}", value));
                        Walk(value, $"{path}.{name}");
                    }
                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        slots.Add(new Slot(array, null, i, $"{path}[{i}]", array[i]));
                        Walk(array[i], $"{path}[{i}]");
                    }
                    break;
            }
        }
        Walk(root, "$");
        return slots;
    }

    /// <summary>A place in the tree: a property of an object or an element of an array.</summary>
    private sealed record Slot(JsonNode Parent, string? Name, int Index, string Path, JsonNode? Value)
    {
        public void Replace(JsonNode? value)
        {
            if (Parent is JsonObject obj) obj[Name!] = value;
            else ((JsonArray)Parent)[Index] = value;
        }
    }
}
