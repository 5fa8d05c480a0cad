using System.Text.Json;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Tests.Hosting;

/// <summary>Activity payloads shaped like the examples in Microsoft's Teams documentation (Samples/*.json).</summary>
public static class SampleActivities
{
    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name + ".json"));

    public static Activity Load(string name) => JsonSerializer.Deserialize(Json(name), TeamsJsonContext.Default.Activity)!;
}
