/**
 * The parts of ECharts the coverage heat map needs, registered once; loaded with a dynamic import, so
 * ECharts stays in its own chunk (like src/web/components/charts/echarts.ts).
 */
import { init, use, type ComposeOption } from 'echarts/core';
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

use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, AriaComponent, SVGRenderer]);

export type HeatmapOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption | AriaComponentOption>;

export { init };
