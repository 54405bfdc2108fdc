using Conversational.Bots.Channels;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The channels: each is on when its settings are given (its Add* below registers its webhook, its
/// <see cref="IChannelSender"/> and its options), the outbox dispatcher delivers what they push, and the service says at
/// start-up which channels are on.
/// </summary>
internal static partial class ChannelHosting
{
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Each channel's line (its settings decide whether it is on):
        services.AddTelegram(configuration);
        services.AddTwilio(configuration);
        services.AddBotFramework(configuration);
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        // Each channel's webhook line:
        app.MapTelegram();
        app.MapTwilio();
        app.MapBotFramework();
        var on = ChannelsOn(app.Services).Order(StringComparer.Ordinal)
            .Select(channel => channel == ChannelIdentity.WebChannel ? "web chat" : channel).ToList();
        LogChannels(app.Logger, on.Count == 0 ? "none" : string.Join(", ", on));
        return app;
    }

    /// <summary>The channel ids this service runs: those whose senders the outbox has, and "web" when the web chat is on.</summary>
    public static IReadOnlySet<string> ChannelsOn(IServiceProvider services)
    {
        var on = new HashSet<string>(services.GetRequiredService<OutboxDispatcher>().Channels, StringComparer.Ordinal);
        var configuration = services.GetRequiredService<IConfiguration>();
        if (services.GetRequiredService<IHostEnvironment>().IsDevelopment() || configuration.GetValue<bool>("WebChat:Enabled"))
        {
            on.Add(ChannelIdentity.WebChannel);
        }
        return on;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Channels on: {Channels}")]
    private static partial void LogChannels(ILogger logger, string channels);
}
