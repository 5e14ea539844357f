package finacct.importer.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The straight horizontal and vertical lines a page draws: stroked lines and rectangles, and filled rectangles
 * thin enough to be a rule (word processors often draw cell borders that way). Curves, and filled areas wider
 * than a rule (shading), are not rules. Also counts the images the page draws, which tells a scan.
 */
final class RulingLines extends PDFGraphicsStreamEngine {

    /** Thicker than this, a filled rectangle is an area, not a line. */
    private static final double RULE_THICKNESS = 2.5;
    /** How far from straight a line may be and still count as horizontal or vertical. */
    private static final double STRAIGHT = 1.0;

    private final PageSpace space;
    private final List<double[]> subpath = new ArrayList<>();
    private final List<List<double[]>> path = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private int images;
    private Point2D.Float current = new Point2D.Float();

    RulingLines(PDPage page) {
        super(page);
        this.space = new PageSpace(page);
    }

    List<Segment> read() throws IOException {
        processPage(getPage());
        return segments;
    }

    int images() {
        return images;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        closeSubpath();
        List<double[]> rectangle = new ArrayList<>();
        for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
            rectangle.add(space.fromUser(p.getX(), p.getY()));
        }
        path.add(rectangle);
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    @Override
    public void moveTo(float x, float y) {
        closeSubpath();
        subpath.add(space.fromUser(x, y));
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpath.isEmpty()) {
            subpath.add(space.fromUser(current.x, current.y));
        }
        subpath.add(space.fromUser(x, y));
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve is no rule: it ends the straight run it follows
        closeSubpath();
        subpath.add(space.fromUser(x3, y3));
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (subpath.size() > 1) {
            subpath.add(subpath.get(0));
        }
        closeSubpath();
    }

    @Override
    public void endPath() {
        discard();
    }

    @Override
    public void strokePath() {
        closeSubpath();
        for (List<double[]> points : path) {
            for (int i = 1; i < points.size(); i++) {
                straight(points.get(i - 1), points.get(i));
            }
        }
        discard();
    }

    @Override
    public void fillPath(int windingRule) {
        closeSubpath();
        for (List<double[]> points : path) {
            thinArea(points);
        }
        discard();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path is no rule; the path is ended by the operator that follows
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is no rule
    }

    private void straight(double[] a, double[] b) {
        if (Math.abs(a[1] - b[1]) <= STRAIGHT && Math.abs(a[0] - b[0]) > STRAIGHT) {
            segments.add(new Segment(true, (a[1] + b[1]) / 2, a[0], b[0]));
        } else if (Math.abs(a[0] - b[0]) <= STRAIGHT && Math.abs(a[1] - b[1]) > STRAIGHT) {
            segments.add(new Segment(false, (a[0] + b[0]) / 2, a[1], b[1]));
        }
    }

    /** A filled shape that is a thin box: a rule along its long side. */
    private void thinArea(List<double[]> points) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= RULE_THICKNESS && w > h) {
            segments.add(new Segment(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= RULE_THICKNESS && h > w) {
            segments.add(new Segment(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    private void closeSubpath() {
        if (!subpath.isEmpty()) {
            path.add(new ArrayList<>(subpath));
            subpath.clear();
        }
    }

    private void discard() {
        subpath.clear();
        path.clear();
    }
}
