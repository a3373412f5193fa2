/**
 * The parts of ECharts the coverage heat map needs, registered once; loaded with a dynamic import, so
 * ECharts stays in its own chunk (like src/web/components/charts/echarts.ts).
 */
// ECharts' `use` renamed: the React hooks lint would take it for React's `use` hook.
import { init, use as registerParts, type ComposeOption } from 'echarts/core';
import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

registerParts([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

export type HeatmapOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption | AriaComponentOption>;

export { init };
