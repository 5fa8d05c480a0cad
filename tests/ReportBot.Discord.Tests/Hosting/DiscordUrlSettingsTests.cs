using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Discord.Hosting;

namespace ReportBot.Discord.Tests.Hosting;

/// <summary>Discord:ApiBaseUrl must be https and Discord:GatewayUrl wss (plain only to this machine); a bad one is refused by its key.</summary>
public sealed class DiscordUrlSettingsTests
{
    private static DiscordOptions Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddDiscordAdapter(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }

    [Theory]
    [InlineData("Discord:ApiBaseUrl", "http://discord.example/api/v10", "Discord:ApiBaseUrl must be an https URL (http only for localhost/127.0.0.1/[::1]); got 'http://discord.example/api/v10'.")]
    [InlineData("Discord:ApiBaseUrl", "http://127.1:8080/api/v10", "Discord:ApiBaseUrl must be an https URL (http only for localhost/127.0.0.1/[::1]); got 'http://127.1:8080/api/v10'.")]
    [InlineData("Discord:GatewayUrl", "ws://gateway.example", "Discord:GatewayUrl must be a wss URL (ws only for localhost/127.0.0.1/[::1]); got 'ws://gateway.example'.")]
    [InlineData("Discord:GatewayUrl", "https://gateway.discord.gg", "Discord:GatewayUrl must be a wss URL (ws only for localhost/127.0.0.1/[::1]); got 'https://gateway.discord.gg'.")]
    public void A_url_that_is_not_secure_is_refused_naming_the_key(string key, string value, string message)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Resolve((key, value)));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Loopback_fakes_and_the_defaults_pass()
    {
        Assert.Equal("http://127.0.0.1:5000/api/v10", Resolve(("Discord:ApiBaseUrl", "http://127.0.0.1:5000/api/v10"), ("Discord:GatewayUrl", "ws://127.0.0.1:5001")).ApiBaseUrl);
        var defaults = Resolve();
        Assert.Equal("https://discord.com/api/v10", defaults.ApiBaseUrl);
        Assert.Null(defaults.GatewayUrl);
    }

    [Fact]
    public void A_password_in_the_url_is_refused_and_not_repeated()
    {
        var e = Assert.Throws<OptionsValidationException>(() => Resolve(("Discord:ApiBaseUrl", "https://bot:hunter2@discord.com/api/v10")));
        Assert.Contains("Discord:ApiBaseUrl must not contain a user name or password; got 'https://***@discord.com/api/v10'.", e.Message);
        Assert.DoesNotContain("hunter2", e.Message);
    }
}
