using System.Security.Cryptography;

namespace ReportBot.State;

/// <summary>
/// Secret keys made once per installation and kept in the state file (the voter-pseudonym key, the key that signs
/// chat-page conversation ids): 32 random bytes each, created on first use, the same after every restart, and never
/// anywhere but the file.
/// </summary>
public sealed class InstallationKeys(StateDatabase database)
{
    public byte[] GetOrCreate(string name)
    {
        // Read first: an existing key needs no write, so a bot whose disk is full still starts.
        if (Read(name) is { } existing) return existing;
        database.Execute("INSERT OR IGNORE INTO installation_keys (name, value) VALUES ($name, $value)",
            ("$name", name), ("$value", RandomNumberGenerator.GetBytes(32)));
        return Read(name) ?? throw new InvalidOperationException($"The installation key '{name}' could not be stored.");
    }

    private byte[]? Read(string name) =>
        database.Query("SELECT value FROM installation_keys WHERE name = $name", r => (byte[])r[0], ("$name", name)).FirstOrDefault();
}
