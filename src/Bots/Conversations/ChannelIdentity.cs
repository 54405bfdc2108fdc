namespace Conversational.Bots.Conversations;

/// <summary>A person as one channel knows them: "web" + "alice", "telegram" + "123456789", "sms" + "+33612345678".</summary>
public sealed record ChannelIdentity(string Channel, string SenderId)
{
    public const string WebChannel = "web";

    /// <summary>"web:alice": the identity as one string, for keys.</summary>
    public string Key => Channel + ":" + SenderId;

    public override string ToString() => Key;
}
