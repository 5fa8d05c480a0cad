using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.State;
using ReportBot.Testing;

namespace ReportBot.Tests.Digest;

/// <summary>
/// The digest runner over a real SQLite state file in a temp folder, the repository's report, a fake clock and
/// whatever senders a test gives it. <see cref="Restart"/> makes a new runner on the same file, as a restarted host would.
/// </summary>
public sealed class DigestHarness : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly SeedReport _seed = new();
    private readonly IDigestSender[] _senders;

    public DigestHarness(DateTimeOffset start, params IDigestSender[] senders)
    {
        Clock = new FakeTimeProvider(start);
        _senders = senders;
        Database = new StateDatabase(_data.Path);
        Store = new SqliteDigestStore(Database);
        Directory = new SqliteConversationDirectory(Database, new StateWriteQueue(Database, Clock));
        Catalog = new DigestCatalog(_seed.Library);
        Runner = NewRunner(Store);
    }

    public FakeTimeProvider Clock { get; }
    public StateDatabase Database { get; }
    public IDigestStore Store { get; }
    public IConversationDirectory Directory { get; }
    public DigestCatalog Catalog { get; }
    public DigestRunner Runner { get; private set; }
    public DigestOptions Options { get; } = new() { MaxAttempts = 5 };

    /// <summary>A runner using <paramref name="store"/> (e.g. a store that fails on purpose).</summary>
    public DigestRunner NewRunner(IDigestStore store) => new(store, Directory, _senders, Catalog,
        Microsoft.Extensions.Options.Options.Create(Options), Clock, NullLogger<DigestRunner>.Instance);

    /// <summary>A new runner and store on the same state file, as after a restart.</summary>
    public void Restart() => Runner = NewRunner(new SqliteDigestStore(new StateDatabase(_data.Path)));

    public DigestSubscription Subscribe(string platform, string conversation, string time, string zone, string? reference = null)
    {
        Directory.Save(new ConversationAddress(platform, conversation, reference ?? conversation, Verified: true, Clock.GetUtcNow()));
        return Store.Subscribe(platform, conversation, new DigestTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone), "tester", Clock.GetUtcNow());
    }

    /// <summary>Moves the clock forward in steps, running a pass after each, like the scheduler does.</summary>
    public async Task RunForAsync(TimeSpan duration, TimeSpan step)
    {
        var end = Clock.GetUtcNow() + duration;
        while (Clock.GetUtcNow() < end)
        {
            Clock.Advance(step);
            await Runner.RunOnceAsync(CancellationToken.None);
        }
    }

    public void Dispose()
    {
        _seed.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
