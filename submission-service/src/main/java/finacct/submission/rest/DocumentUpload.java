package finacct.submission.rest;

import finacct.submission.api.InputRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.io.InputStream;

/**
 * The document of an import request: either the raw request body (its Content-Type says the format; the
 * optional {@code filename} query parameter helps when it does not) or the part named {@code file} of a
 * multipart/form-data request.
 */
record DocumentUpload(String fileName, String contentType, byte[] content) {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    static DocumentUpload of(HttpServletRequest request, String fileNameParameter) {
        try {
            if (request instanceof MultipartHttpServletRequest multipart) {
                MultipartFile file = multipart.getFile("file");
                if (file == null || file.isEmpty()) {
                    throw InputRejectedException.of("file", "multipart 请求中缺少名为 file 的文档部分");
                }
                return new DocumentUpload(file.getOriginalFilename(), file.getContentType(), limited(file.getInputStream()));
            }
            return new DocumentUpload(fileNameParameter, request.getContentType(), limited(request.getInputStream()));
        } catch (IOException e) {
            throw InputRejectedException.of("body", "无法读取请求中的文档：" + e.getMessage());
        }
    }

    private static byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw InputRejectedException.of("body", "文档超过 " + (MAX_BYTES / 1024 / 1024) + " MB，未导入");
        }
        if (bytes.length == 0) {
            throw InputRejectedException.of("body", "请求中没有文档（请求体为空）");
        }
        return bytes;
    }
}
