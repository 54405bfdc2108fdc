using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace Conversational.Wallet.Tests.Redis;

/// <summary>A real redis-server process on 127.0.0.1 and a free port, in its own temporary directory, with
/// append-only persistence, so a test can SIGKILL it and restart it on the same data. Depends on nothing but
/// the BCL and StackExchange.Redis, so a benchmark can use it too.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private const int TailLines = 40;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private static readonly byte[] Ping = "PING\r\n"u8.ToArray();

    private readonly string _executable;
    private readonly string _appendFsync;
    private readonly Queue<string> _output = new();   // last lines of stdout and stderr, across restarts
    private Process? _process;
    private bool _disposed;

    private RedisServer(string executable, int port, string dataDirectory, string appendFsync)
    {
        _executable = executable;
        _appendFsync = appendFsync;
        Port = port;
        DataDirectory = dataDirectory;
        Endpoint = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
        ConnectionString = $"{Endpoint},abortConnect=false,connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000";
    }

    public int Port { get; }

    /// <summary>"127.0.0.1:port".</summary>
    public string Endpoint { get; }

    /// <summary>The server's <c>--dir</c>: the append-only files live here and survive <see cref="Kill"/>.</summary>
    public string DataDirectory { get; }

    public string ConnectionString { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts redis-server and waits until it answers PING.</summary>
    /// <param name="appendFsync">"always" (the default: every acknowledged write is on disk) or "everysec"
    /// (what a benchmark may want to compare with).</param>
    /// <param name="cancellationToken">Cancels the wait for PING.</param>
    public static async Task<RedisServer> StartAsync(
        string appendFsync = "always", CancellationToken cancellationToken = default)
    {
        if (appendFsync is not ("always" or "everysec"))
        {
            throw new ArgumentOutOfRangeException(nameof(appendFsync), appendFsync, "Use \"always\" or \"everysec\".");
        }
        var executable = FindOnPath("redis-server") ?? throw new InvalidOperationException(
            "redis-server is not on PATH. Run ./test.sh, which installs it (apt-get install -y redis-server); "
            + "the Redis tests need a real server and are never skipped.");

        for (var attempt = 1; ; attempt++)
        {
            var directory = Directory.CreateTempSubdirectory("conversational-redis-").FullName;
            var server = new RedisServer(executable, FreeLoopbackPort(), directory, appendFsync);
            try
            {
                await server.LaunchAsync(cancellationToken);
                return server;
            }
            // The free port is only free until our probe closes it; another process may bind it first.
            catch (InvalidOperationException) when (attempt < StartAttempts && server.Said("Address already in use"))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>A new multiplexer on this server; <paramref name="allowAdmin"/> enables CONFIG, FLUSHALL and
    /// the like.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync(bool allowAdmin = false) =>
        ConnectionMultiplexer.ConnectAsync(allowAdmin ? ConnectionString + ",allowAdmin=true" : ConnectionString);

    /// <summary>Deletes every key in every database (FLUSHALL), for a clean slate between tests.</summary>
    public async Task FlushAsync()
    {
        await using var admin = await ConnectAsync(allowAdmin: true);
        await admin.GetServer(Endpoint).FlushAllDatabasesAsync();
    }

    /// <summary>Kills the server with SIGKILL, as a crash would (no shutdown, no final fsync), and waits for it
    /// to exit. Does nothing if it is not running.</summary>
    public void Kill()
    {
        if (_process is null)
        {
            return;
        }
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);   // SIGKILL on Unix; the tree includes an AOF-rewrite child
        }
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port and data directory (it reloads its append-only file)
    /// and waits until it answers PING. A server still running is killed first, so this alone is a crash and
    /// restart.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Kill();
        await LaunchAsync(cancellationToken);
    }

    /// <summary>Kills the server and deletes its data directory.</summary>
    public ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return ValueTask.CompletedTask;
        }
        _disposed = true;
        Kill();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(_executable)
            {
                ArgumentList =
                {
                    "--port", Port.ToString(CultureInfo.InvariantCulture),
                    "--bind", "127.0.0.1",
                    "--protected-mode", "yes",
                    "--dir", DataDirectory,
                    "--save", "",
                    "--appendonly", "yes",
                    "--appendfsync", _appendFsync,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitForPingAsync(process, cancellationToken);
    }

    private async Task WaitForPingAsync(Process process, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!await AnswersPingAsync(cancellationToken))
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(cancellationToken);   // lets the output readers drain
                throw Failure($"redis-server exited with code {process.ExitCode} before answering PING");
            }
            if (clock.Elapsed > StartTimeout)
            {
                throw Failure($"redis-server did not answer PING within {StartTimeout.TotalSeconds} s");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    private async Task<bool> AnswersPingAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMilliseconds(500));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Ping, timeout.Token);
            // A loading server answers "-LOADING ..." instead of "+PONG".
            var reply = new StringBuilder();
            var buffer = new byte[64];
            int read;
            while (!reply.ToString().Contains('\n', StringComparison.Ordinal)
                   && (read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                reply.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            return reply.ToString().StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException
                                  || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > TailLines)
            {
                _output.Dequeue();
            }
        }
    }

    private bool Said(string text)
    {
        lock (_output)
        {
            return _output.Any(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    private InvalidOperationException Failure(string what)
    {
        string tail;
        lock (_output)
        {
            tail = string.Join(Environment.NewLine, _output);
        }
        return new InvalidOperationException(
            $"{what} (port {Port}, directory {DataDirectory}). Its last output:{Environment.NewLine}{tail}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
