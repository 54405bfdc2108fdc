using Conversational.Bots.Channels;

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
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        var webChat = app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("WebChat:Enabled");
        var on = new List<string>(dispatcher.Channels.Order(StringComparer.Ordinal));
        if (webChat)
        {
            on.Add("web chat");
        }
        LogChannels(app.Logger, on.Count == 0 ? "none" : string.Join(", ", on));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Channels on: {Channels}")]
    private static partial void LogChannels(ILogger logger, string channels);
}
