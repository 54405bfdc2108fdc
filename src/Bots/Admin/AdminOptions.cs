namespace Conversational.Bots.Admin;

/// <summary>The <c>Admin</c> section: the operator API's key, sent as the <c>X-Api-Key</c> header.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>At least 16 characters. Without one the operator API refuses every call, and Production refuses to start.</summary>
    public string? ApiKey { get; set; }
}
