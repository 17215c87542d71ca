using System.Buffers;

namespace QuoteExtraction.Sample;

/// <summary>
/// Splits a UTF-8 stream into lines at <c>\n</c> (a <c>\r</c> before it is dropped), without decoding it.
/// Memory stays within about two lines of <see cref="MaxLineBytes"/>, whatever the input's size: a longer
/// line is skipped and reported as too long.
/// </summary>
internal sealed class LineSplitter(Stream stream, int maxLineBytes)
{
    private byte[] _buffer = new byte[Math.Min(maxLineBytes + 1, 1 << 16)];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _started;

    /// <summary>The longest line read, in bytes; a longer one is reported as too long.</summary>
    public int MaxLineBytes => maxLineBytes;

    /// <summary>Whether the stream has no bytes at all; reads its first block.</summary>
    public bool IsEmpty()
    {
        Fill();
        return _end == 0 && _endOfStream;
    }

    /// <summary>
    /// The next line, copied into a buffer from <see cref="ArrayPool{T}.Shared"/> that the caller returns
    /// (<paramref name="length"/> bytes of it); a null buffer for a line longer than <see cref="MaxLineBytes"/>. Returns false after the last line; a last line without
    /// <c>\n</c> counts, and a byte order mark before the first line is dropped.
    /// </summary>
    public bool ReadLine(out byte[]? line, out int length)
    {
        line = null;
        length = 0;
        bool tooLong = false;
        if (!_started)
        {
            Fill();
            _started = true;
            if (_buffer.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
            {
                _start += 3;
            }
        }

        int searched = 0;
        while (true)
        {
            int newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int lineEnd = _start + searched + newline;
                if (!tooLong)
                {
                    Take(lineEnd, out line, out length);
                }

                _start = lineEnd + 1;
                return true;
            }

            if (_endOfStream)
            {
                if (_end == _start && !tooLong)
                {
                    return false;
                }

                if (!tooLong)
                {
                    Take(_end, out line, out length);
                }

                _start = _end;
                return true;
            }

            searched = _end - _start;
            if (searched > maxLineBytes)
            {
                // Too long: the bytes read so far are dropped and the rest of the line is skipped.
                tooLong = true;
                _start = _end;
                searched = 0;
            }

            Fill();
        }
    }

    private void Take(int lineEnd, out byte[] line, out int length)
    {
        length = lineEnd - _start;
        if (length > 0 && _buffer[lineEnd - 1] == '\r')
        {
            length--;
        }

        line = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        _buffer.AsSpan(_start, length).CopyTo(line);
    }

    /// <summary>Reads more bytes after the unread ones, moving them to the front or growing the buffer as needed.</summary>
    private void Fill()
    {
        if (_endOfStream)
        {
            return;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, maxLineBytes + 1L + (1 << 16)));
        }

        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
    }
}
